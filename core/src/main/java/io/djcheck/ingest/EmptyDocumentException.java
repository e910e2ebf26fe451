package io.djcheck.ingest;

/** The file holds no text at all (0 bytes, or only white space). */
public class EmptyDocumentException extends DocumentException {

    private static final long serialVersionUID = 1L;

    public EmptyDocumentException(String source, String problem) {
        super(source, problem);
    }

    public EmptyDocumentException(String source, DocumentProblem problem) {
        super(source, problem);
    }
}
