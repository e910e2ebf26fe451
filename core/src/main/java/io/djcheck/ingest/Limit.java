package io.djcheck.ingest;

/**
 * A limit an input can exceed, named as {@link ReadLimits} (and a batch's time limit) name it, so
 * that a caller can say how to raise it in its own terms: the command line maps each to its option.
 */
public enum Limit {
    /** The file's size in bytes ({@link ReadLimits#maxBytes()}). */
    SIZE("maxBytes"),
    /** A PDF's pages ({@link ReadLimits#maxPages()}). */
    PAGES("maxPages"),
    /** How far a compressed document may expand ({@link ReadLimits#maxExpandedBytes()}). */
    EXPANSION("maxExpandedBytes"),
    /** The facts one report may bring to the rules ({@link ReadLimits#maxFacts()}). */
    FACTS("maxFacts"),
    /** The parts of an archive: a fixed guard against zip bombs, not configurable. */
    PARTS("parts"),
    /** How long one report may take in a batch. */
    TIMEOUT("timeout");

    private final String setting;

    Limit(String setting) {
        this.setting = setting;
    }

    /** The name of the setting that raises it: {@code maxBytes}. */
    public String setting() {
        return setting;
    }
}
