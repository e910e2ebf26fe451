package io.djcheck.rules;

import io.djcheck.model.Evidence;

import java.util.List;
import java.util.Map;

/**
 * What one leaf of a rule's check found: its status, the evidence of the facts it looked at, and
 * the values it compared ({@code actual}, {@code expected}, {@code param}, {@code op}). Explain
 * reads these; scoring never reads messages.
 */
public record LeafResult(int index, CheckNode.Leaf leaf, Status status, List<Evidence> evidence,
                         Map<String, Object> values) {
    public LeafResult {
        evidence = List.copyOf(evidence);
        values = Map.copyOf(values);
    }
}
