package io.djcheck.ingest;

import java.util.Objects;

/**
 * The input is past a {@link Limit}: file size, pages, how far a compressed document expands (a
 * zip bomb), facts, time. The message names the limit by its setting ({@code maxBytes}); a caller
 * with options of its own (the command line's {@code --max-size}) reads {@link #limit()}.
 */
public class LimitExceededException extends DocumentException {

    private static final long serialVersionUID = 1L;

    private final Limit limit;

    public LimitExceededException(String source, Limit limit, String problem) {
        super(source, problem);
        this.limit = Objects.requireNonNull(limit, "limit");
    }

    public LimitExceededException(String source, Limit limit, DocumentProblem problem) {
        super(source, problem);
        this.limit = Objects.requireNonNull(limit, "limit");
    }

    /** Which limit the input is past. */
    public Limit limit() {
        return limit;
    }
}
