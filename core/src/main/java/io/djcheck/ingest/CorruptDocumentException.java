package io.djcheck.ingest;

/**
 * The format is recognised (a .docx, .doc or PDF) but the file is damaged: truncated by an upload,
 * or written wrongly. Opening it in Word or a PDF viewer and saving it again usually repairs it.
 */
public class CorruptDocumentException extends DocumentException {

    private static final long serialVersionUID = 1L;

    public CorruptDocumentException(String source, String problem, Throwable cause) {
        super(source, problem, cause);
    }

    public CorruptDocumentException(String source, DocumentProblem problem, Throwable cause) {
        super(source, problem, cause);
    }
}
