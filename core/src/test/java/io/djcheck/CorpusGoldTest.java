package io.djcheck;

import io.djcheck.ingest.NotAReportException;
import io.djcheck.model.FormatIssue;
import io.djcheck.model.Mention;
import io.djcheck.model.Quantity;
import io.djcheck.model.Qualifier;
import io.djcheck.model.Report;
import io.djcheck.model.Section;
import io.djcheck.result.CheckResult;
import io.djcheck.result.Finding;
import io.djcheck.testing.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reads every gold-annotated report of the corpus (the seeds with corpus/gold, corpus/dev, corpus/own)
 * and compares what djcheck finds with the gold exactly as {@code /work/shared/tools/goldcheck.py}
 * does: facts (quantities by concept, value or perYear, thresholdYuan and MASKED; practice mentions by
 * concept and context; {@code optional:} facts neither missed nor spurious), structure (genre, year,
 * orgLevel, section kinds, placeholders present, format issue kinds) and the status of every rule
 * the gold asserts. It prints each report's misses and asserts the figures reached so far as a
 * floor that only rises; the issue's goal is facts F1 0.95, structure 95 %, findings 97 %.
 * Every non-report text of corpus/nonreports is refused, and no corpus report is.
 */
class CorpusGoldTest {

    /** Floors: the figures reached; raise them as extraction improves, never lower them. */
    static final double MIN_FACTS_F1 = 0.96;      // 0.964 (was 0.904 before cue-less genre, income tiers, purpose clauses, rules texts)
    static final double MIN_STRUCTURE = 0.95;     // 95.0 %, 363/382 (was 91.4 % before title heads, quoted and nested level names, shortcoming headings)
    static final double MIN_FINDINGS = 0.995;     // 99.5 %, 1511/1518 (was 99.1 %)

    /** The quantity concepts goldcheck.py compares (VOCAB_Q). */
    static final Set<String> VOCAB_Q = Set.of("committee.dj_sessions", "dangke.sessions", "training.sessions",
            "training.persons", "members.new", "members.activists", "members.disciplined", "talks.admonition",
            "inspections.conducted", "research.dj", "villages.total", "villages.income_at_or_above",
            "organizations.rectified");

    private static Checker checker;

    @BeforeAll
    static void build() {
        checker = Checker.builder().rulePack(Corpus.defaultPack()).build();
    }

    record Set3(Path gold, Path texts) {
    }

    static List<Set3> sets() {
        Path root = Corpus.root();
        return List.of(new Set3(root.resolve("corpus/gold"), root.resolve("examples/reports")),
                new Set3(root.resolve("corpus/dev/gold"), root.resolve("corpus/dev/texts")),
                new Set3(root.resolve("corpus/own/gold"), root.resolve("corpus/own/texts")));
    }

    static final class Tally {
        int qtp, qg, qe, mtp, mg, me, sok, sn, fok, fn;

        double f1() {
            int tp = qtp + mtp;
            double r = ratio(tp, qg + mg);
            double p = ratio(tp, qe + me);
            return r + p == 0 ? 0 : 2 * r * p / (r + p);
        }

        double structure() {
            return ratio(sok, sn);
        }

        double findings() {
            return ratio(fok, fn);
        }

        void add(Tally t) {
            qtp += t.qtp; qg += t.qg; qe += t.qe; mtp += t.mtp; mg += t.mg; me += t.me;
            sok += t.sok; sn += t.sn; fok += t.fok; fn += t.fn;
        }

        String line() {
            return String.format(Locale.ROOT, "facts F1 %.3f | structure %d/%d (%.1f %%) | findings %d/%d (%.1f %%)",
                    f1(), sok, sn, 100 * structure(), fok, fn, 100 * findings());
        }

        private static double ratio(int x, int y) {
            return y == 0 ? 1.0 : (double) x / y;
        }
    }

    @Test
    void theCorpusIsReadAsWellAsTheFloorsSay() throws IOException {
        Tally all = new Tally();
        int reports = 0;
        StringBuilder out = new StringBuilder();
        for (Set3 set : sets()) {
            Tally sub = new Tally();
            List<Path> golds;
            try (Stream<Path> s = Files.list(set.gold())) {
                golds = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            }
            for (Path g : golds) {
                Map<String, Object> gold = Corpus.yaml(g);
                Path text = set.texts().resolve((String) gold.get("source"));
                Report rep = checker.extract(text);
                CheckResult res = checker.check(text);
                List<String> lines = new ArrayList<>();
                sub.add(compare(gold, rep, res, lines));
                reports++;
                out.append(gold.get("source")).append(" score=").append(res.score()).append('\n');
                lines.forEach(l -> out.append("  ").append(l).append('\n'));
            }
            out.append(set.gold()).append(": ").append(sub.line()).append('\n');
            all.add(sub);
        }
        out.append("all ").append(reports).append(" reports: ").append(all.line()).append('\n');
        System.out.print(out);
        assertThat(reports).isGreaterThanOrEqualTo(60);
        assertThat(all.f1()).as("facts F1\n" + out).isGreaterThanOrEqualTo(MIN_FACTS_F1);
        assertThat(all.structure()).as("structure").isGreaterThanOrEqualTo(MIN_STRUCTURE);
        assertThat(all.findings()).as("findings").isGreaterThanOrEqualTo(MIN_FINDINGS);
    }

    @Test
    void everyNonReportIsRefused() throws IOException {
        List<Path> texts;
        try (Stream<Path> s = Files.list(Corpus.root().resolve("corpus/nonreports"))) {
            texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(texts).hasSizeGreaterThanOrEqualTo(24);
        for (Path t : texts) {
            assertThatThrownBy(() -> checker.check(t)).as(t.getFileName().toString())
                    .isInstanceOf(NotAReportException.class).hasMessageContaining("不是党建工作报告");
        }
        Checker forced = Checker.builder().rulePack(Corpus.defaultPack()).acceptAnyText(true).build();
        assertThat(forced.check(texts.get(0)).findings()).isNotEmpty();
    }

    // ---- the comparison of goldcheck.py ----

    @SuppressWarnings("unchecked")
    static Tally compare(Map<String, Object> gold, Report rep, CheckResult res, List<String> lines) {
        Tally t = new Tally();
        List<Map<String, Object>> gq = list(gold.get("quantities"));
        List<Quantity> eq = new ArrayList<>(rep.quantities().stream().filter(q -> VOCAB_Q.contains(q.concept())).toList());
        Object optRaw = gold.get("optional");
        List<Map<String, Object>> optQ = new ArrayList<>();
        List<Map<String, Object>> optM = new ArrayList<>();
        if (optRaw instanceof List<?> l) {
            for (Object o : l) {
                Map<String, Object> m = (Map<String, Object>) o;
                if (m.containsKey("value") || m.containsKey("perYear") || m.containsKey("qualifier")) {
                    optQ.add(m);
                } else if (m.containsKey("context")) {
                    optM.add(m);
                }
            }
        } else if (optRaw instanceof Map<?, ?> m) {
            optQ.addAll(list(m.get("quantities")));
            optM.addAll(list(m.get("mentions")));
        }
        eq = unmatched(optQ, eq);
        List<Quantity> pool = new ArrayList<>(eq);
        int tp = 0;
        for (Map<String, Object> g : gq) {
            int hit = -1;
            for (int i = 0; i < pool.size(); i++) {
                if (pool.get(i) != null && matches(g, pool.get(i))) {
                    hit = i;
                    break;
                }
            }
            if (hit < 0) {
                lines.add("missed quantity " + g.get("concept") + " " + g.get("quote"));
            } else {
                pool.set(hit, null);
                tp++;
            }
        }
        pool.stream().filter(Objects::nonNull).forEach(x -> lines.add("extra  quantity " + x.concept() + " value="
                + x.value() + " perYear=" + x.perYear() + " " + x.evidence().quote()));
        t.qtp = tp;
        t.qg = gq.size();
        t.qe = eq.size();

        Set<String> gm = new LinkedHashSet<>();
        list(gold.get("mentions")).forEach(m -> gm.add(m.get("concept") + " " + m.get("context")));
        Set<String> em = new LinkedHashSet<>();
        for (Mention m : rep.mentions()) {
            if (m.concept().startsWith("practice.")) {
                em.add(m.concept() + " " + m.context());
            }
        }
        for (Map<String, Object> o : optM) {
            String k = o.get("concept") + " " + o.get("context");
            if (!gm.contains(k)) {
                em.remove(k);
            }
        }
        Set<String> both = new LinkedHashSet<>(gm);
        both.retainAll(em);
        t.mtp = both.size();
        t.mg = gm.size();
        t.me = em.size();
        gm.stream().filter(k -> !em.contains(k)).sorted().forEach(k -> lines.add("missed mention " + k));
        em.stream().filter(k -> !gm.contains(k)).sorted().forEach(k -> lines.add("extra  mention " + k));

        List<Object[]> checks = new ArrayList<>();
        if (gold.containsKey("genre")) {
            checks.add(new Object[] {"genre", gold.get("genre"), rep.genre().name()});
        }
        if (gold.containsKey("year")) {
            checks.add(new Object[] {"year", gold.get("year"), rep.year()});
        }
        if (gold.containsKey("orgLevel")) {
            checks.add(new Object[] {"orgLevel", gold.get("orgLevel"), rep.orgLevel().name()});
        }
        Set<String> kinds = new LinkedHashSet<>();
        for (Section s : rep.sections()) {
            kinds.add(s.kind().name());
        }
        if (gold.get("sections") instanceof Map<?, ?> sections) {
            sections.forEach((k, v) -> checks.add(new Object[] {"section " + k, v, kinds.contains(String.valueOf(k))}));
        }
        if (gold.containsKey("placeholders")) {
            Object p = gold.get("placeholders");
            boolean want = p instanceof List<?> l ? !l.isEmpty() : p instanceof Boolean b ? b : p != null;
            checks.add(new Object[] {"placeholders", want, !rep.placeholders().isEmpty()});
        }
        Set<String> gfi = new LinkedHashSet<>();
        if (gold.get("formatIssues") instanceof List<?> l) {
            l.forEach(o -> gfi.add(String.valueOf(o)));
        }
        Set<String> efi = new LinkedHashSet<>();
        for (FormatIssue f : rep.formatIssues()) {
            efi.add(f.kind().name());
        }
        for (String k : List.of("ORDINAL_DUPLICATE", "ORDINAL_GAP", "QUOTE_UNBALANCED")) {
            if (gfi.contains(k)) {
                checks.add(new Object[] {"format " + k, true, efi.contains(k)});
            }
        }
        for (Object[] c : checks) {
            t.sn++;
            if (Objects.equals(normal(c[1]), normal(c[2]))) {
                t.sok++;
            } else {
                lines.add(c[0] + ": want " + c[1] + " got " + c[2]);
            }
        }

        Map<String, String> status = new HashMap<>();
        for (Finding f : res.findings()) {
            status.put(f.ruleId(), f.status().name());
        }
        if (gold.get("findings") instanceof Map<?, ?> findings) {
            findings.forEach((st, ids) -> {
                if (ids instanceof List<?> l) {
                    for (Object id : l) {
                        t.fn++;
                        if (String.valueOf(st).equals(status.get(String.valueOf(id)))) {
                            t.fok++;
                        } else {
                            lines.add("finding " + id + ": want " + st + " got " + status.get(String.valueOf(id)));
                        }
                    }
                }
            });
        }
        return t;
    }

    private static Object normal(Object o) {
        return o instanceof Number n ? (Object) n.longValue() : o;
    }

    private static List<Quantity> unmatched(List<Map<String, Object>> gold, List<Quantity> got) {
        List<Quantity> pool = new ArrayList<>(got);
        for (Map<String, Object> g : gold) {
            for (int i = 0; i < pool.size(); i++) {
                if (pool.get(i) != null && matches(g, pool.get(i))) {
                    pool.set(i, null);
                    break;
                }
            }
        }
        return new ArrayList<>(pool.stream().filter(Objects::nonNull).toList());
    }

    @SuppressWarnings("unchecked")
    static boolean matches(Map<String, Object> g, Quantity e) {
        boolean gm = "MASKED".equals(g.get("qualifier"));
        boolean em = e.qualifier() == Qualifier.MASKED;
        if (!Objects.equals(g.get("concept"), e.concept()) || gm != em) {
            return false;
        }
        Object gAttrs = g.get("attributes");
        Object gt = g.containsKey("thresholdYuan") ? g.get("thresholdYuan")
                : gAttrs instanceof Map<?, ?> a ? ((Map<String, Object>) a).get("thresholdYuan") : null;
        Object et = e.attributes().get("thresholdYuan");
        if (gt != null && !Objects.equals(num(gt), num(et))) {
            return false;
        }
        if (gm) {
            return true;
        }
        if (g.get("perYear") != null) {
            return Objects.equals(num(e.perYear()), num(g.get("perYear")));
        }
        return Objects.equals(num(e.value()), num(g.get("value")));
    }

    private static Long num(Object v) {
        if (v == null) {
            return null;
        }
        try {
            double d = v instanceof Number n ? n.doubleValue() : Double.parseDouble(v.toString());
            return Math.round(d * 1000);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object o) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (o instanceof List<?> l) {
            for (Object x : l) {
                if (x instanceof Map<?, ?> m) {
                    out.add((Map<String, Object>) m);
                }
            }
        }
        return out;
    }
}
