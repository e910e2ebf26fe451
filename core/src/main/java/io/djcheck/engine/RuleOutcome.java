package io.djcheck.engine;

import io.djcheck.model.Internal;

import io.djcheck.model.Status;
import io.djcheck.model.Evidence;

import java.util.List;
import java.util.Map;

/**
 * The outcome of one rule on one report: exactly one per rule of the pack, PASS included.
 *
 * @param evidence the evidence behind the status (failing facts for a FAIL, passing ones for a PASS)
 * @param values   the values the message was filled with
 * @param leaves   what each leaf of the check found, for explain
 */
@Internal
public record RuleOutcome(RuleDefinition rule, Status status, String message, List<Evidence> evidence,
                          Map<String, Object> values, List<LeafResult> leaves) {
    public RuleOutcome {
        evidence = List.copyOf(evidence);
        values = values instanceof OwnedValues ? values : Map.copyOf(values);   // the engine's own: read-only already
        leaves = List.copyOf(leaves);
    }
}
