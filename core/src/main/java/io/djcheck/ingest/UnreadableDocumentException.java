package io.djcheck.ingest;

/** The file does not exist, is a folder, or the system refuses to read it. */
public class UnreadableDocumentException extends DocumentException {

    private static final long serialVersionUID = 1L;

    public UnreadableDocumentException(String source, String problem, Throwable cause) {
        super(source, problem, cause);
    }

    public UnreadableDocumentException(String source, DocumentProblem problem, Throwable cause) {
        super(source, problem, cause);
    }
}
