/**
 * The rule engine, and the only package that sees Drools: rule definitions and their checks (a
 * tree of {@link io.djcheck.engine.Leaf leaves}, each owning its DRL, default messages and
 * explanation), DRL generation and metadata reading, the KieBase build and its cache, sessions,
 * and what rules report ({@link io.djcheck.engine.Outcomes}, {@link io.djcheck.engine.Verdict},
 * {@link io.djcheck.engine.Param}: the API a DRL author writes against). Knows the model only.
 */
package io.djcheck.engine;
