package io.djcheck.model;

import java.util.Objects;

/** An unfilled placeholder or mask left in the text: X, XX, xxxx, *, **, 20XX, 某某, ___. */
public record Placeholder(String token, Evidence evidence) implements Fact {
    public Placeholder {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(evidence, "evidence");
    }
}
