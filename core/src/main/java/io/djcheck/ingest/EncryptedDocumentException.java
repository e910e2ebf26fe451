package io.djcheck.ingest;

/** The document is protected by a password; djcheck never guesses one. */
public class EncryptedDocumentException extends DocumentException {

    private static final long serialVersionUID = 1L;

    public EncryptedDocumentException(String source, String problem, Throwable cause) {
        super(source, problem, cause);
    }

    public EncryptedDocumentException(String source, DocumentProblem problem, Throwable cause) {
        super(source, problem, cause);
    }
}
