package io.djcheck.model;

import java.util.Objects;

/**
 * The organisation a report is written by or about, as the report names it ("某某镇党委",
 * "城关社区党总支"), with the title line or opening sentence that names it.
 */
public record Organisation(String name, Evidence evidence) {

    public Organisation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(evidence, "evidence");
    }
}
