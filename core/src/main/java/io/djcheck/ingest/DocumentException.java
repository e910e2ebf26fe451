package io.djcheck.ingest;

/**
 * A report that cannot be read, with the file, what is wrong with it and what the user can do:
 * {@code "report.docx: the file is empty (0 bytes); export the report again"}. Subtypes name the
 * kind of problem so callers can react to each.
 */
public class DocumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;

    public DocumentException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.source = source;
    }

    public DocumentException(String source, String problem) {
        this(source, problem, null);
    }

    /** The file (or name) of the report that could not be read. */
    public String source() {
        return source;
    }

    /** What is wrong, without the file name. */
    public String problem() {
        String m = getMessage();
        return m.substring(Math.min(m.length(), source.length() + 2));
    }
}
