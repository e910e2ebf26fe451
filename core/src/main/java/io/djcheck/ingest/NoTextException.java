package io.djcheck.ingest;

/**
 * The document has pages or pictures but no text layer, typically a scanned PDF. djcheck does no
 * OCR: the report must be exported from Word (or recognised with an OCR tool) first.
 */
public class NoTextException extends EmptyDocumentException {

    private static final long serialVersionUID = 1L;

    public NoTextException(String source, String problem) {
        super(source, problem);
    }

    public NoTextException(String source, DocumentProblem problem) {
        super(source, problem);
    }
}
