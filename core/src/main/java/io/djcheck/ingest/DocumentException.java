package io.djcheck.ingest;

/**
 * A report that cannot be read, with the file, what is wrong with it and what the user can do:
 * {@code "report.docx: the file is empty (0 bytes); export the report again"}. The message is one
 * line, so a batch can print one line per bad file. Subtypes name the kind of problem so callers
 * can react to each:
 *
 * <ul>
 *   <li>{@link UnreadableDocumentException}: missing, a folder, no permission;</li>
 *   <li>{@link EmptyDocumentException}: no text at all, and {@link NoTextException}: pages or
 *       pictures but no text layer (a scan);</li>
 *   <li>{@link UnsupportedFormatException}: a format djcheck does not read (image, spreadsheet,
 *       binary data, an unknown text encoding);</li>
 *   <li>{@link CorruptDocumentException}: the format is recognised but the file is damaged;</li>
 *   <li>{@link EncryptedDocumentException}: protected by a password;</li>
 *   <li>{@link LimitExceededException}: larger than a configured limit (size, pages, expansion);</li>
 *   <li>{@link InvalidSubmissionException}: a structured submission that breaks its schema;</li>
 *   <li>{@link NotAReportException}: a text that is no Party-building report (a recipe, a README).</li>
 * </ul>
 *
 * <pre>{@code
 * try {
 *     checker.check(path);
 * } catch (DocumentException e) {
 *     System.err.println("djcheck: " + e.getMessage());   // one line: file, problem, what to do
 * }
 * }</pre>
 */
public class DocumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final transient DocumentProblem coded;

    public DocumentException(String source, String problem, Throwable cause) {
        this(source, DocumentProblem.of(OTHER, problem, "problem", oneLine(problem)), cause);
    }

    public DocumentException(String source, String problem) {
        this(source, problem, null);
    }

    /** A problem with its stable code and params, for callers that word messages themselves. */
    public DocumentException(String source, DocumentProblem problem, Throwable cause) {
        super(source + ": " + oneLine(problem.message()), cause);
        this.source = source;
        this.coded = problem;
    }

    public DocumentException(String source, DocumentProblem problem) {
        this(source, problem, null);
    }

    /** The code of a problem made without one: its only param is {@code problem}, the message. */
    public static final String OTHER = "other";

    /** Library messages may span lines; a batch prints one line per file. */
    private static String oneLine(String problem) {
        return problem.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    /** The file (or name) of the report that could not be read. */
    public String source() {
        return source;
    }

    /** The stable code of the kind of problem ({@code "empty-file"}); {@value #OTHER} when none was given. */
    public String code() {
        return coded == null ? OTHER : coded.code();
    }

    /** The values the message names, by name (e.g. {@code pages}, {@code limit}), for a message in another language. */
    public java.util.Map<String, Object> params() {
        return coded == null ? java.util.Map.of("problem", problem()) : coded.params();
    }

    /** What is wrong, without the file name. */
    public String problem() {
        String m = getMessage();
        return m.substring(Math.min(m.length(), source.length() + 2));
    }
}
