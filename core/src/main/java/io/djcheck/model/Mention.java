package io.djcheck.model;

import java.util.Objects;

/** A required practice named in the report (三会一课, 四议两公开 ...), in its context. */
public record Mention(String concept, FactContext context, Evidence evidence) implements Fact {
    public Mention {
        Objects.requireNonNull(concept, "concept");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(evidence, "evidence");
    }
}
