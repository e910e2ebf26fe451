package io.djcheck.engine;

import io.djcheck.model.Internal;

import io.djcheck.model.Status;
import io.djcheck.model.Evidence;

import java.util.List;
import java.util.Map;

/**
 * What one leaf of a rule's check found: its status, the evidence of the facts it looked at, and
 * the values it compared ({@code actual}, {@code expected}, {@code param}, {@code op}). Explain
 * reads these; scoring never reads messages.
 */
@Internal
public record LeafResult(int index, Leaf leaf, Status status, List<Evidence> evidence,
                         Map<String, Object> values) {
    public LeafResult {
        evidence = List.copyOf(evidence);
        values = values instanceof OwnedValues ? values : Map.copyOf(values);   // the engine's own: read-only already
    }
}
