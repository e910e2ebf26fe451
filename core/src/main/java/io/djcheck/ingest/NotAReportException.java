package io.djcheck.ingest;

/**
 * The text reads, but it is no Party-building report: a recipe, a README, a novel, a contract,
 * code. djcheck refuses it rather than score it; {@code Checker.Builder.acceptAnyText(true)} (the
 * CLI's {@code --force}) checks it anyway.
 */
public class NotAReportException extends DocumentException {

    private static final long serialVersionUID = 1L;

    public NotAReportException(String source, String problem) {
        super(source, problem);
    }

    public NotAReportException(String source, DocumentProblem problem) {
        super(source, problem);
    }
}
