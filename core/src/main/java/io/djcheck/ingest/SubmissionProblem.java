package io.djcheck.ingest;

import java.util.Objects;

/**
 * One thing wrong with a structured submission: where (a JSON Pointer such as
 * {@code /facts/quantities/0/value}, or {@code /} for the whole document) and what.
 */
public record SubmissionProblem(String path, String problem) {
    public SubmissionProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(problem, "problem");
    }

    @Override
    public String toString() {
        return path + ": " + problem;
    }
}
