package io.djcheck.ingest;

/** The content is not a format djcheck reads (an image, an archive, binary data). */
public class UnsupportedFormatException extends DocumentException {

    private static final long serialVersionUID = 1L;

    public UnsupportedFormatException(String source, String problem) {
        super(source, problem);
    }

    public UnsupportedFormatException(String source, DocumentProblem problem) {
        super(source, problem);
    }
}
