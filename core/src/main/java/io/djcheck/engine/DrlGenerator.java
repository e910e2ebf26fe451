package io.djcheck.engine;

import java.util.List;

/**
 * Compiles the leaves of YAML rules to DRL, each leaf writing its own rules ({@link Leaf#writeDrl})
 * through a {@link DrlWriter}. Their consequences report a status for the leaf to {@link Outcomes};
 * thresholds come from {@link Param} facts, never from literals. The generated text is
 * deterministic, so the same pack compiles the same.
 */
final class DrlGenerator {

    // MVEL consequences: Drools then compiles no Java for the generated rules, which halves a build
    static final String HEADER = """
            dialect "mvel"
            import io.djcheck.model.*;
            import io.djcheck.engine.Param;
            global io.djcheck.engine.Outcomes outcomes;
            """;

    private DrlGenerator() {
    }

    /** The DRL for the given YAML rules, in one package. */
    static String generate(String packageName, List<RuleDefinition> rules) {
        StringBuilder sb = new StringBuilder("package ").append(packageName).append(";\n").append(HEADER);
        DrlWriter out = new DrlWriter(sb);
        for (RuleDefinition r : rules) {
            List<Leaf> leaves = r.check().leaves();
            for (int i = 0; i < leaves.size(); i++) {
                leaves.get(i).writeDrl(out.at(r.id(), i));
            }
        }
        return sb.toString();
    }
}
