package io.djcheck.engine;

import io.djcheck.model.FormatIssue;
import io.djcheck.model.Mention;
import io.djcheck.model.Placeholder;
import io.djcheck.model.Quantity;
import io.djcheck.model.Report;
import io.djcheck.model.Section;
import org.drools.base.base.ObjectType;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.ObjectTypeNode;
import org.kie.api.KieBase;

import java.util.ArrayList;
import java.util.List;

/**
 * Which of a check's objects some rule of the KieBase matches, read from the compiled network's
 * object-type nodes: an object no rule matches only costs its insertion, so it is not inserted. A
 * pack whose DRL matches {@code Quantity} (or {@code Fact}, or {@code Object}) still gets every quantity.
 */
record MatchedTypes(boolean report, boolean sections, boolean quantities, boolean mentions, boolean placeholders,
                    boolean formatIssues, boolean params) {

    static MatchedTypes of(KieBase kieBase) {
        List<ObjectType> types = new ArrayList<>();
        for (ObjectTypeNode node : ((InternalRuleBase) kieBase).getRete().getObjectTypeNodes()) {
            types.add(node.getObjectType());
        }
        return new MatchedTypes(any(types, Report.class), any(types, Section.class), any(types, Quantity.class),
                any(types, Mention.class), any(types, Placeholder.class), any(types, FormatIssue.class),
                any(types, Param.class));
    }

    private static boolean any(List<ObjectType> types, Class<?> type) {
        for (ObjectType t : types) {
            if (t.isAssignableFrom(type)) {
                return true;
            }
        }
        return false;
    }
}
