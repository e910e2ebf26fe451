package io.djcheck.engine;

import java.util.List;

/**
 * Compiles the leaves of YAML rules to DRL, each leaf writing its own rules ({@link Leaf#writeDrl})
 * through a {@link DrlWriter}. Their consequences report a status for the leaf to {@link Outcomes};
 * thresholds come from {@link Param} facts, never from literals; figures, counts and mentions are
 * read from {@link Selection}s computed once per check, not accumulated over every fact. The generated text is
 * deterministic, so the same pack compiles the same.
 */
final class DrlGenerator {

    // MVEL consequences: Drools then compiles no Java for the generated rules, which halves a build
    static final String HEADER = """
            dialect "mvel"
            import io.djcheck.model.*;
            import io.djcheck.engine.Param;
            import io.djcheck.engine.Selection;
            global io.djcheck.engine.Outcomes outcomes;
            """;

    private DrlGenerator() {
    }

    /** The DRL of YAML rules and the selections of the report's facts it reads. */
    record Generated(String drl, List<FactSelector> selectors) {
    }

    /** The DRL for the given YAML rules, in one package. */
    static Generated generate(String packageName, List<RuleDefinition> rules) {
        StringBuilder sb = new StringBuilder("package ").append(packageName).append(";\n").append(HEADER);
        DrlWriter out = new DrlWriter(sb);
        for (RuleDefinition r : rules) {
            List<Leaf> leaves = r.check().leaves();
            for (int i = 0; i < leaves.size(); i++) {
                leaves.get(i).writeDrl(out.at(r.id(), i));
            }
        }
        return new Generated(sb.toString(), List.copyOf(out.selectors()));
    }
}
