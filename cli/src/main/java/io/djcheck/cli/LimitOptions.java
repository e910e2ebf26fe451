package io.djcheck.cli;

import io.djcheck.batch.BatchItem;
import io.djcheck.ingest.DocumentException;
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

    /** The error's message in the console's language, with the option to raise its limit when it is past one. */
    static String message(Throwable error, Messages messages) {
        String message = error instanceof DocumentException d ? ProblemText.of(d, messages) : error.getMessage();
        return withOption(message, error, messages);
    }

    /** A failed item's error, with the option to raise its limit when it is past one. */
    static String message(BatchItem item, Messages messages) {
        if (item.failure() instanceof DocumentException d) {
            return message(d, messages);
        }
        return withOption(item.error(), item.failure(), messages);
    }

    private static String withOption(String message, Throwable error, Messages messages) {
        if (error instanceof LimitExceededException e && option(e.limit()) != null) {
            return messages.get("limit.option", message, option(e.limit()));
        }
        if (error instanceof io.djcheck.ingest.NotAReportException) {
            return messages.get("force.option", message);
        }
        return message;
    }
}
