package io.djcheck.engine;

import io.djcheck.model.Internal;
import io.djcheck.model.SectionKind;
import io.djcheck.model.Status;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A section of one of the kinds exists: PASS, else FAIL. */
@Internal
public record SectionCheck(Set<SectionKind> kinds) implements Leaf {

    public SectionCheck {
        kinds = Set.copyOf(kinds);
    }

    @Override
    public void writeDrl(DrlWriter drl) {
        String kind = DrlWriter.oneOf("kind", DrlWriter.enumLiterals("SectionKind", kinds));
        drl.rule("present", "$f : Section(" + kind + ")", "outcomes.pass(kcontext, $f);");
        drl.rule("missing", "not Section(" + kind + ")", "outcomes.fail(kcontext);");
    }

    @Override
    public Map<Status, String> defaultMessages(Labels labels) {
        String label = kinds.stream().sorted().map(SectionKind::label).collect(Collectors.joining("或"));
        Map<Status, String> m = new EnumMap<>(Status.class);
        m.put(Status.PASS, "报告有“" + label + "”部分：“{quote}”");
        m.put(Status.FAIL, "报告缺少“" + label + "”部分");
        return m;
    }

    @Override
    public String describe() {
        return "a section of kind " + LeafWords.enumNames(kinds, " or ");
    }

    @Override
    public String explain(String ruleId, LeafResult r) {
        String names = LeafWords.enumNames(kinds, " or ");
        return r.status() == Status.PASS ? "section " + names + " present" : "no section of kind " + names;
    }
}
