package io.djcheck.engine;

import io.djcheck.model.Internal;
import io.djcheck.model.Status;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A rule written in DRL: its own DRL reports the status, so nothing is generated.
 *
 * @param params the parameters its DRL rules match ({@code Param(name == "...")}), for explain
 */
@Internal
public record DrlLeaf(String file, List<String> params) implements Leaf {

    public DrlLeaf {
        params = List.copyOf(params);
    }

    /** Values every leaf result may carry that are not a DRL rule's own findings. */
    private static final Set<String> COMPARISON = Set.of("actual", "expected", "param", "op");

    @Override
    public void writeDrl(DrlWriter drl) {
        throw new IllegalArgumentException("a DRL rule has no generated leaf: " + drl.ruleId());
    }

    @Override
    public Map<Status, String> defaultMessages(Labels labels) {
        return new EnumMap<>(Status.class);     // the rule's title words them (DefaultMessages)
    }

    @Override
    public String describe() {
        return "DRL rules in " + file;
    }

    @Override
    public String explain(String ruleId, LeafResult r) {
        // the values its consequence reported, or nothing fired
        Map<String, Object> own = new TreeMap<>(r.values());
        own.keySet().removeAll(COMPARISON);
        if (own.isEmpty()) {
            return r.status() == Status.NOT_EVIDENCED
                    ? "no DRL rule of " + ruleId + " matched the report's facts"
                    : "a DRL rule of " + ruleId + " reported it";
        }
        return own.entrySet().stream().map(e -> e.getKey() + " " + MessageTemplate.format(e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
