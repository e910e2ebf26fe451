package io.djcheck.ingest;

import java.util.List;

/**
 * A structured submission (JSON or YAML) that cannot be parsed or breaks
 * {@code docs/schema/submission.schema.json}; {@link #problems()} lists every problem with its
 * JSON path, and the message carries them all on one line.
 *
 * <pre>{@code
 * catch (InvalidSubmissionException e) {
 *     e.problems().forEach(p -> System.err.println(p.path() + ": " + p.problem()));
 * }
 * }</pre>
 */
public class InvalidSubmissionException extends DocumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<SubmissionProblem> problems;

    public InvalidSubmissionException(String source, List<SubmissionProblem> problems) {
        super(source, DocumentProblem.of("invalid-submission", describe(problems), "count", problems.size(),
                "problems", String.join("; ", problems.stream().map(SubmissionProblem::toString).toList())));
        this.problems = List.copyOf(problems);
    }

    public List<SubmissionProblem> problems() {
        return problems;
    }

    private static String describe(List<SubmissionProblem> problems) {
        StringBuilder b = new StringBuilder("invalid submission (").append(problems.size())
                .append(problems.size() == 1 ? " problem): " : " problems): ");
        for (int i = 0; i < problems.size(); i++) {
            b.append(i == 0 ? "" : "; ").append(problems.get(i));
        }
        return b.append("; fix them as docs/schema/submission.schema.json describes").toString();
    }
}
