package io.djcheck.engine;

import io.djcheck.model.Status;
import io.djcheck.model.Evidence;
import io.djcheck.model.Fact;
import io.djcheck.model.Report;
import io.djcheck.model.Section;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieRuntime;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleRuntime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a compiled pack over one report: a short-lived session on the shared KieBase, the facts
 * inserted before the rules fire — the {@link Selection}s the generated rules read, computed in one
 * pass over the report's facts ({@link SelectorIndex}), and of the report's own objects only those of a type some rule matches
 * (working memory, not the rules, is what a check costs) —, the rules' verdicts combined into exactly one {@link RuleOutcome}
 * per rule. A rule whose consequence throws becomes ERROR on its own. When a check fires more than
 * {@code maxFirings} times, the rule that fired most is stopped and reported as ERROR, and the other
 * rules run on to their end.
 */
final class RuleEngine {

    /** Most evidence items a finding carries; SZ-08 would otherwise quote every number. */
    static final int MAX_EVIDENCE = 20;

    /** Reset sessions of the pack's KieBase: creating a session costs more than running the rules. */
    private final KieSessionsPool sessions;
    private final List<RuleDefinition> rules;
    /** Per rule, by its index in pack order: its check's leaves and its message template per status. */
    private final List<Leaf>[] leavesOf;
    private final MessageTemplate.Parsed[][] messagesOf;      // [rule][status ordinal], parsed once per pack
    private final RuleKeys keys;
    private final int maxFirings;
    private final SelectorIndex selectors;
    private final MatchedTypes matched;

    RuleEngine(KieBase kieBase, List<RuleDefinition> rules, Map<String, Map<Status, String>> messages, int maxFirings,
               List<FactSelector> selectors) {
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.rules = List.copyOf(rules);
        this.leavesOf = leavesOf(this.rules);
        this.messagesOf = messagesOf(this.rules, messages);
        this.keys = RuleKeys.of(kieBase, this.rules);
        this.maxFirings = maxFirings;
        this.selectors = SelectorIndex.of(selectors);
        this.matched = MatchedTypes.of(kieBase);
    }

    @SuppressWarnings("unchecked")
    private static List<Leaf>[] leavesOf(List<RuleDefinition> rules) {
        List<Leaf>[] out = new List[rules.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = rules.get(i).check().leaves();
        }
        return out;
    }

    private static MessageTemplate.Parsed[][] messagesOf(List<RuleDefinition> rules,
                                                         Map<String, Map<Status, String>> messages) {
        MessageTemplate.Parsed[][] out = new MessageTemplate.Parsed[rules.size()][Status.values().length];
        for (int i = 0; i < out.length; i++) {
            Map<Status, String> own = messages.get(rules.get(i).id());
            for (Status s : Status.values()) {
                String template = own == null ? null : own.get(s);
                out[i][s.ordinal()] = template == null ? null : MessageTemplate.parse(template);
            }
        }
        return out;
    }

    /** Receives consequence exceptions (configured on the KieBase): the rule is ERROR, the others go on. */
    public static final class ErrorHandler implements org.kie.api.runtime.rule.ConsequenceExceptionHandler {
        @Override
        public void handleException(Match match, RuleRuntime runtime, Exception exception) {
            // the check's own Outcomes is the session's global: no thread-local to set and clear per check
            Outcomes o = runtime instanceof KieRuntime k && k.getGlobal("outcomes") instanceof Outcomes own ? own : null;
            String ruleId = ruleId(match.getRule());
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
        Outcomes outcomes = new Outcomes(keys);
        List<Object> facts = facts(report, params);
        // a session of our own rather than a stateless one: a runaway rule can then be stopped
        // alone (by the agenda filter) while the other rules finish
        KieSession session = sessions.newKieSession();
        FiringGuard guard = new FiringGuard();
        Set<String> stopped = new LinkedHashSet<>();
        try {
            session.setGlobal("outcomes", outcomes);
            session.addEventListener(guard);
            for (Object fact : facts) {
                session.insert(fact);
            }
            AgendaFilter notStopped = match -> !stopped.contains(ruleId(match.getRule()));
            while ((stopped.isEmpty() ? session.fireAllRules(maxFirings + 1)
                    : session.fireAllRules(notStopped, maxFirings + 1)) > maxFirings && stopped.size() < rules.size()) {
                String runaway = guard.mostFired(stopped);
                stopped.add(runaway);
                outcomes.error(runaway, "fired more than " + maxFirings + " times in one check (a rule that keeps "
                        + "re-activating itself, e.g. by modify); stopped, the other rules ran on");
                guard.reset();
            }
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            for (RuleDefinition r : rules) {
                outcomes.error(r.id(), "rule engine failed: " + root.getClass().getSimpleName() + ": " + root.getMessage());
            }
        } finally {
            session.removeEventListener(guard);
            session.dispose();                  // back to the pool, reset for the next check
        }
        return assemble(outcomes, params);
    }

    /** The selections the generated rules read, computed once from one view of the report's facts. */
    List<Object> selections(Report report) {
        return selectors.isEmpty() ? List.of() : selectors.select(report);
    }

    /** What this check inserts: the selections, and the report's objects of the types the rules match. */
    private List<Object> facts(Report report, List<Param> params) {
        List<Object> facts = new ArrayList<>(64 + params.size());
        facts.addAll(selections(report));
        if (matched.report()) {
            facts.add(report);
        }
        if (matched.sections()) {
            facts.addAll(report.sections());
        }
        if (matched.quantities()) {
            facts.addAll(report.quantities());
        }
        if (matched.mentions()) {
            facts.addAll(report.mentions());
        }
        if (matched.placeholders()) {
            facts.addAll(report.placeholders());
        }
        if (matched.formatIssues()) {
            facts.addAll(report.formatIssues());
        }
        if (matched.params()) {
            facts.addAll(params);
        }
        return facts;
    }

    static String ruleId(Rule rule) {
        Object id = rule.getMetaData().get("id");
        return id == null ? rule.getName() : id.toString();
    }

    /** Counts firings per rule id, so that the one that ran away can be named and stopped. */
    private final class FiringGuard extends DefaultAgendaEventListener {
        // by rule index (the firing rule's key is a lookup by identity); a DRL rule of no known id by its id
        private final int[] counts = new int[rules.size()];
        private final Map<String, Integer> unknown = new HashMap<>();

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            RuleKeys.Key k = keys.of(event.getMatch().getRule());
            if (k.ordinal() >= 0) {
                counts[k.ordinal()]++;
            } else {
                unknown.merge(k.ruleId(), 1, Integer::sum);
            }
        }

        String mostFired(Set<String> except) {
            Map<String, Integer> byId = new HashMap<>(unknown);
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] > 0) {
                    byId.merge(rules.get(i).id(), counts[i], Integer::sum);
                }
            }
            return byId.entrySet().stream().filter(e -> !except.contains(e.getKey()))
                    .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElseThrow();
        }

        void reset() {
            java.util.Arrays.fill(counts, 0);
            unknown.clear();
        }
    }

    private List<RuleOutcome> assemble(Outcomes outcomes, List<Param> params) {
        // the verdicts by rule index: an array, no map keyed by id (this runs for every rule of every check)
        @SuppressWarnings("unchecked")
        List<Verdict>[] byRule = new List[rules.size()];
        for (Verdict v : outcomes.verdicts()) {
            int i = v.ordinal() >= 0 ? v.ordinal() : ordinalOf(v.ruleId());
            if (i >= 0) {
                if (byRule[i] == null) {
                    byRule[i] = new ArrayList<>(4);
                }
                byRule[i].add(v);
            }
        }
        String[] errors = new String[rules.size()];
        for (Outcomes.RuleError e : outcomes.errors()) {
            int i = ordinalOf(e.ruleId());
            if (i >= 0 && errors[i] == null) {
                errors[i] = e.message();
            }
        }
        RuleOutcome[] out = new RuleOutcome[rules.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = outcome(i, byRule[i] == null ? List.of() : byRule[i], errors[i], params);
        }
        return List.of(out);
    }

    /** The index of {@code ruleId} in pack order, -1 when no rule of the pack has it (a stray DRL id). */
    private int ordinalOf(String ruleId) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).id().equals(ruleId)) {
                return i;
            }
        }
        return -1;
    }

    private RuleOutcome outcome(int ordinal, List<Verdict> verdicts, String error, List<Param> params) {
        RuleDefinition rule = rules.get(ordinal);
        List<Leaf> leaves = leavesOf[ordinal];
        Status[] statuses = new Status[leaves.size()];
        LeafResult[] results = new LeafResult[leaves.size()];
        for (int i = 0; i < leaves.size(); i++) {
            Status s = Status.NOT_EVIDENCED;
            int reported = 0;
            for (Verdict v : verdicts) {
                if (v.leaf() == i) {
                    s = Status.stronger(s, v.status());   // one failing fact fails the leaf
                    reported++;
                }
            }
            if (error != null) {
                s = Status.ERROR;
            }
            List<Verdict> deciding = reported == 0 ? List.of() : new ArrayList<>(reported);
            for (Verdict v : verdicts) {
                if (v.leaf() == i && v.status() == s) {
                    deciding.add(v);
                }
            }
            statuses[i] = s;
            results[i] = new LeafResult(i, leaves.get(i), s, evidence(deciding), values(deciding));
        }
        CheckEvaluator.Result r = CheckEvaluator.evaluate(rule.check(), java.util.Arrays.asList(statuses));
        Status status = error != null ? Status.ERROR : r.status();

        boolean[] decidingLeaves = new boolean[leaves.size()];
        for (int i : r.deciding()) {
            decidingLeaves[i] = true;
        }
        List<Evidence> evidence = new ArrayList<>();
        Map<String, Object> values = new HashMap<>(16);
        for (LeafResult lr : results) {
            if (decidingLeaves[lr.index()]) {
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
        values.put("id", rule.id());
        values.put("title", rule.title());
        if (error != null) {
            values.put("error", error);
        }
        MessageTemplate.Parsed template = messagesOf[ordinal][status.ordinal()];
        // a parameter's value fills its own placeholder in any message: {collective_income_min_yuan}
        String message = template == null ? rule.title()
                : template.render(name -> values.containsKey(name) ? values.get(name) : paramValue(params, name));
        return new RuleOutcome(rule, status, message, evidence, OwnedValues.of(values), List.of(results));
    }

    private static Object paramValue(List<Param> params, String name) {
        for (Param p : params) {
            if (p.name().equals(name)) {
                return p.value();
            }
        }
        return null;
    }

    private static List<Evidence> evidence(List<Verdict> verdicts) {
        if (verdicts.isEmpty()) {
            return List.of();           // most leaves of most checks: nothing reported, nothing to quote
        }
        // a set, not List.contains: a verdict over 100,000 placeholders would otherwise take quadratic time
        Set<Evidence> distinct = new LinkedHashSet<>();
        for (Verdict v : verdicts) {
            for (Object f : v.facts()) {
                Evidence e = evidenceOf(f);
                if (e != null) {
                    distinct.add(e);
                }
            }
        }
        Evidence[] out = distinct.toArray(Evidence[]::new);
        java.util.Arrays.sort(out, (a, b) -> Integer.compare(a.start(), b.start()));   // stable, as List.sort
        return List.of(out);                    // immutable already: LeafResult keeps it without a copy
    }

    static Evidence evidenceOf(Object fact) {
        if (fact instanceof Fact f) {
            return f.evidence();
        }
        if (fact instanceof Evidence e) {
            return e;                   // the sentence that told the genre (SZ-07)
        }
        if (fact instanceof Section s) {
            String heading = s.heading() == null ? "" : s.heading();
            // a submitted section has no place in the text (0, 0): its heading is quoted, not pointed at
            return new Evidence(s.start(), Math.min(s.start() + heading.length(), s.end()), heading, s.kind());
        }
        return null;
    }

    private static Map<String, Object> values(List<Verdict> verdicts) {
        if (verdicts.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> out = new HashMap<>();
        for (Verdict v : verdicts) {
            v.vars().forEach(out::putIfAbsent);
        }
        return OwnedValues.of(out);
    }
}
