package io.djcheck.rules;

import io.djcheck.model.Evidence;
import io.djcheck.model.Fact;
import io.djcheck.model.Report;
import io.djcheck.model.Section;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleRuntime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a compiled pack over one report: a stateless session on the shared KieBase, every fact
 * inserted in one call, the rules' verdicts combined into exactly one {@link RuleOutcome} per rule.
 * A rule whose consequence throws becomes ERROR on its own; a pack that fires more than
 * {@code maxFirings} times is halted and the rule that fired most is reported as runaway.
 */
final class RuleEngine {

    /** Most evidence items a finding carries; SZ-08 would otherwise quote every number. */
    static final int MAX_EVIDENCE = 20;

    private static final ThreadLocal<Outcomes> CURRENT = new ThreadLocal<>();

    private final KieBase kieBase;
    private final List<RuleDefinition> rules;
    private final Map<String, Map<Status, String>> messages;
    private final int maxFirings;

    RuleEngine(KieBase kieBase, List<RuleDefinition> rules, Map<String, Map<Status, String>> messages, int maxFirings) {
        this.kieBase = kieBase;
        this.rules = rules;
        this.messages = messages;
        this.maxFirings = maxFirings;
    }

    /** Receives consequence exceptions (configured on the KieBase): the rule is ERROR, the others go on. */
    public static final class ErrorHandler implements org.kie.api.runtime.rule.ConsequenceExceptionHandler {
        @Override
        public void handleException(Match match, RuleRuntime runtime, Exception exception) {
            Outcomes o = CURRENT.get();
            Object id = match.getRule().getMetaData().get("id");
            String ruleId = id == null ? match.getRule().getName() : id.toString();
            if (o == null) {
                throw new IllegalStateException("rule " + ruleId + " failed outside a check", exception);
            }
            Throwable root = exception;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            o.error(ruleId, root.getClass().getSimpleName() + ": " + root.getMessage());
        }
    }

    List<RuleOutcome> run(Report report, List<Param> params) {
        Outcomes outcomes = new Outcomes();
        List<Object> facts = new ArrayList<>(8 + report.sections().size() + report.quantities().size()
                + report.mentions().size() + report.placeholders().size() + report.formatIssues().size() + params.size());
        facts.add(report);
        facts.addAll(report.sections());
        facts.addAll(report.quantities());
        facts.addAll(report.mentions());
        facts.addAll(report.placeholders());
        facts.addAll(report.formatIssues());
        facts.addAll(params);

        StatelessKieSession session = kieBase.newStatelessKieSession();
        session.setGlobal("outcomes", outcomes);
        FiringGuard guard = new FiringGuard(maxFirings);
        session.addEventListener(guard);
        CURRENT.set(outcomes);
        try {
            session.execute(facts);
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            for (RuleDefinition r : rules) {
                outcomes.error(r.id(), "rule engine failed: " + root.getClass().getSimpleName() + ": " + root.getMessage());
            }
        } finally {
            CURRENT.remove();
        }
        if (guard.runaway() != null) {
            outcomes.error(guard.runaway(), "fired more than " + maxFirings
                    + " times (a rule that keeps re-activating itself); stopped");
        }
        return assemble(outcomes, params);
    }

    /** Counts firings and halts the session past the limit, remembering which rule fired most. */
    private static final class FiringGuard extends DefaultAgendaEventListener {
        private final int limit;
        private final Map<String, Integer> counts = new HashMap<>();
        private int total;
        private String runaway;

        FiringGuard(int limit) {
            this.limit = limit;
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            Object id = event.getMatch().getRule().getMetaData().get("id");
            String ruleId = id == null ? event.getMatch().getRule().getName() : id.toString();
            int n = counts.merge(ruleId, 1, Integer::sum);
            if (++total > limit && runaway == null) {
                runaway = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(ruleId);
                event.getKieRuntime().halt();
            } else if (n < 0) {
                throw new IllegalStateException("firing count overflow");
            }
        }

        String runaway() {
            return runaway;
        }
    }

    private List<RuleOutcome> assemble(Outcomes outcomes, List<Param> params) {
        Map<String, List<Verdict>> byRule = new HashMap<>();
        for (Verdict v : outcomes.verdicts()) {
            byRule.computeIfAbsent(v.ruleId(), k -> new ArrayList<>()).add(v);
        }
        Map<String, String> errors = new HashMap<>();
        for (Outcomes.RuleError e : outcomes.errors()) {
            errors.putIfAbsent(e.ruleId(), e.message());
        }
        List<RuleOutcome> out = new ArrayList<>(rules.size());
        for (RuleDefinition rule : rules) {
            out.add(outcome(rule, byRule.getOrDefault(rule.id(), List.of()), errors.get(rule.id()), params));
        }
        return out;
    }

    private RuleOutcome outcome(RuleDefinition rule, List<Verdict> verdicts, String error, List<Param> params) {
        List<CheckNode.Leaf> leaves = rule.check().leaves();
        List<Status> statuses = new ArrayList<>(leaves.size());
        List<LeafResult> results = new ArrayList<>(leaves.size());
        for (int i = 0; i < leaves.size(); i++) {
            Status s = Status.NOT_EVIDENCED;
            List<Verdict> mine = new ArrayList<>();
            for (Verdict v : verdicts) {
                if (v.leaf() == i) {
                    mine.add(v);
                    s = stronger(s, v.status());
                }
            }
            if (error != null) {
                s = Status.ERROR;
            }
            Status leafStatus = s;
            List<Verdict> deciding = mine.stream().filter(v -> v.status() == leafStatus).toList();
            statuses.add(s);
            results.add(new LeafResult(i, leaves.get(i), s, evidence(deciding), values(deciding)));
        }
        CheckEvaluator.Result r = CheckEvaluator.evaluate(rule.check(), statuses);
        Status status = error != null ? Status.ERROR : r.status();

        Set<Integer> decidingLeaves = new HashSet<>(r.deciding());
        List<Evidence> evidence = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        for (LeafResult lr : results) {
            if (decidingLeaves.contains(lr.index())) {
                for (Evidence e : lr.evidence()) {
                    if (evidence.size() < MAX_EVIDENCE && !evidence.contains(e)) {
                        evidence.add(e);
                    }
                }
                lr.values().forEach(values::putIfAbsent);
            }
        }
        values.putIfAbsent("count", evidence.size());
        if (!evidence.isEmpty()) {
            values.putIfAbsent("quote", MessageTemplate.shortQuote(evidence.get(0).quote()));
        }
        for (Param param : params) {
            values.putIfAbsent(param.name(), param.value());     // {collective_income_min_yuan} in any message
        }
        values.put("id", rule.id());
        values.put("title", rule.title());
        if (error != null) {
            values.put("error", error);
        }
        String template = messages.get(rule.id()).get(status);
        String message = template == null ? rule.title() : MessageTemplate.render(template, values);
        return new RuleOutcome(rule, status, message, evidence, values, results);
    }

    /** FAIL outranks PASS, PASS outranks NOT_EVIDENCED: one failing fact fails the leaf. */
    private static Status stronger(Status a, Status b) {
        return rank(b) > rank(a) ? b : a;
    }

    private static int rank(Status s) {
        return switch (s) {
            case NOT_EVIDENCED -> 0;
            case PASS -> 1;
            case FAIL -> 2;
            case ERROR -> 3;
        };
    }

    private static List<Evidence> evidence(List<Verdict> verdicts) {
        List<Evidence> out = new ArrayList<>();
        for (Verdict v : verdicts) {
            for (Object f : v.facts()) {
                Evidence e = evidenceOf(f);
                if (e != null && !out.contains(e)) {
                    out.add(e);
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    static Evidence evidenceOf(Object fact) {
        if (fact instanceof Fact f) {
            return f.evidence();
        }
        if (fact instanceof Section s) {
            String heading = s.heading() == null ? "" : s.heading();
            return new Evidence(s.start(), s.start() + heading.length(), heading, s.kind());
        }
        return null;
    }

    private static Map<String, Object> values(List<Verdict> verdicts) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Verdict v : verdicts) {
            v.vars().forEach(out::putIfAbsent);
        }
        return out;
    }
}
