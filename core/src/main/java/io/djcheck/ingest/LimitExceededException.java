package io.djcheck.ingest;

/**
 * The input is larger than a limit of {@link ReadLimits}: file size, pages, or how far a compressed
 * document expands (a zip bomb). The message names the limit and how to raise it.
 */
public class LimitExceededException extends DocumentException {

    private static final long serialVersionUID = 1L;

    public LimitExceededException(String source, String problem) {
        super(source, problem);
    }
}
