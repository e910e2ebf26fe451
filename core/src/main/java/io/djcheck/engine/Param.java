package io.djcheck.engine;

/**
 * A parameter as rules see it: one fact per parameter is inserted with the report, so a rule
 * matches {@code Param(name == "committee_dj_sessions_min", $min : value)} instead of a literal.
 */
public record Param(String name, double value) {
}
