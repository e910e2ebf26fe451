package io.djcheck.cli;

import io.djcheck.batch.BatchItem;
import io.djcheck.ingest.Limit;
import io.djcheck.ingest.LimitExceededException;

/**
 * Says which option raises the limit an input is past: core names its limits by setting
 * ({@code maxBytes}), the command line by option ({@code --max-size}).
 */
final class LimitOptions {

    private LimitOptions() {
    }

    /** The option that raises {@code limit}, or null for a limit the command line does not set. */
    static String option(Limit limit) {
        return switch (limit) {
            case SIZE -> "--max-size";
            case PAGES -> "--max-pages";
            case EXPANSION -> "--max-expanded";
            case FACTS -> "--max-facts";
            case TIMEOUT -> "--timeout";
            case PARTS -> null;
        };
    }

    /** The error's message, with the option to raise its limit when it is past one. */
    static String message(Throwable error) {
        String message = error.getMessage();
        if (error instanceof LimitExceededException e && option(e.limit()) != null) {
            return message + " (" + option(e.limit()) + ")";
        }
        if (error instanceof io.djcheck.ingest.NotAReportException) {
            return message + " (--force)";
        }
        return message;
    }

    /** A failed item's error, with the option to raise its limit when it is past one. */
    static String message(BatchItem item) {
        if (item.failure() instanceof LimitExceededException e && option(e.limit()) != null) {
            return item.error() + " (" + option(e.limit()) + ")";
        }
        if (item.failure() instanceof io.djcheck.ingest.NotAReportException) {
            return item.error() + " (--force)";
        }
        return item.error();
    }
}
