package io.djcheck.ingest;

import io.djcheck.model.Document;
import io.djcheck.model.Submission;

import java.util.Objects;
import java.util.Optional;

/**
 * What one input held: always a {@link Document} (its text, possibly empty for a submission of
 * facts only), and for a structured JSON/YAML submission also the {@link Submission} with its
 * metadata and facts.
 *
 * <pre>{@code
 * Input in = new DocumentReader().readInput(Path.of("report.yaml"));
 * in.submission().ifPresent(s -> System.out.println(s.organisation() + " " + s.year()));
 * }</pre>
 */
public final class Input {

    private final Document document;
    private final Submission submission;

    private Input(Document document, Submission submission) {
        this.document = Objects.requireNonNull(document, "document");
        this.submission = submission;
    }

    static Input of(Document document) {
        return new Input(document, null);
    }

    static Input of(Submission submission) {
        return new Input(submission.document(), submission);
    }

    public Document document() {
        return document;
    }

    /** The structured submission, when the input was one. */
    public Optional<Submission> submission() {
        return Optional.ofNullable(submission);
    }
}
