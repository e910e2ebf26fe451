package io.djcheck.rules;

import io.djcheck.model.Status;
import io.djcheck.pack.RulePack;
import io.djcheck.Checker;
import io.djcheck.model.Mention;
import io.djcheck.model.Quantity;
import io.djcheck.model.Report;
import io.djcheck.model.SectionKind;
import io.djcheck.result.CheckResult;
import io.djcheck.testing.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default pack on the five seed reports agrees with the gold annotations (corpus/gold):
 * every finding the gold asserts, the report's structure, and the facts (concept, value, context)
 * with an F1 of at least 0.95, as ../shared/tools/goldcheck.py measures it.
 */
class GoldCorpusTest {

    private static Checker checker;

    @BeforeAll
    static void build() {
        checker = Checker.builder().rulePack(RulePack.fromClasspath(Checker.DEFAULT_PACK)).build();
    }

    static Stream<Path> goldFiles() throws IOException {
        return Files.list(Corpus.gold()).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    static Map<String, Object> gold(Path p) {
        return Corpus.yaml(p);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldFiles")
    @SuppressWarnings("unchecked")
    void findingsAgreeWithTheGold(Path goldFile) {
        Map<String, Object> gold = gold(goldFile);
        CheckResult r = checker.check(Corpus.seeds().resolve((String) gold.get("source")));
        Map<String, List<String>> findings = (Map<String, List<String>>) gold.get("findings");
        findings.forEach((status, ids) -> {
            for (String id : ids) {
                assertThat(r.finding(id).orElseThrow().status()).as("%s on %s", id, gold.get("source"))
                        .isEqualTo(Status.valueOf(status));
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldFiles")
    @SuppressWarnings("unchecked")
    void structureAgreesWithTheGold(Path goldFile) {
        Map<String, Object> gold = gold(goldFile);
        Report rep = checker.extract(Corpus.seeds().resolve((String) gold.get("source")));
        assertThat(rep.genre().name()).as("genre").isEqualTo(gold.get("genre"));
        assertThat(rep.year()).as("year").isEqualTo(gold.get("year"));
        assertThat(rep.orgLevel().name()).as("orgLevel").isEqualTo(gold.get("orgLevel"));
        ((Map<String, Boolean>) gold.get("sections")).forEach((kind, present) ->
                assertThat(rep.hasSection(SectionKind.valueOf(kind))).as("section %s", kind).isEqualTo(present));
        assertThat(!rep.placeholders().isEmpty()).as("placeholders")
                .isEqualTo(!((List<?>) gold.get("placeholders")).isEmpty());
        Set<String> kinds = new HashSet<>();
        rep.formatIssues().forEach(f -> kinds.add(f.kind().name()));
        assertThat(kinds).as("format issues").containsAll((List<String>) gold.get("formatIssues"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldFiles")
    @SuppressWarnings("unchecked")
    void everyGoldFactIsFound(Path goldFile) {
        Map<String, Object> gold = gold(goldFile);
        Report rep = checker.extract(Corpus.seeds().resolve((String) gold.get("source")));
        List<Quantity> unused = new ArrayList<>(rep.quantities());
        for (Map<String, Object> g : (List<Map<String, Object>>) gold.get("quantities")) {
            Quantity hit = unused.stream().filter(q -> matches(g, q)).findFirst().orElse(null);
            assertThat(hit).as("quantity %s in %s", g, gold.get("source")).isNotNull();
            assertThat(hit.context().name()).as("context of %s", g.get("quote")).isEqualTo(g.get("context"));
            unused.remove(hit);
        }
        for (Map<String, Object> g : (List<Map<String, Object>>) gold.get("mentions")) {
            assertThat(rep.mentions()).as("mention %s", g)
                    .anyMatch(m -> m.concept().equals(g.get("concept")) && m.context().name().equals(g.get("context")));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void factsF1IsAtLeast095() throws IOException {
        int tp = 0;
        int goldCount = 0;
        int found = 0;
        for (Path goldFile : goldFiles().toList()) {
            Map<String, Object> gold = gold(goldFile);
            Report rep = checker.extract(Corpus.seeds().resolve((String) gold.get("source")));
            List<Quantity> vocab = new ArrayList<>(rep.quantities().stream().filter(q -> !q.concept().equals("other")).toList());
            List<Map<String, Object>> gq = (List<Map<String, Object>>) gold.get("quantities");
            goldCount += gq.size();
            found += vocab.size();
            for (Map<String, Object> g : gq) {
                Quantity hit = vocab.stream().filter(q -> matches(g, q)).findFirst().orElse(null);
                if (hit != null) {
                    vocab.remove(hit);
                    tp++;
                }
            }
            Set<String> gm = new HashSet<>();
            for (Map<String, Object> g : (List<Map<String, Object>>) gold.get("mentions")) {
                gm.add(g.get("concept") + "/" + g.get("context"));
            }
            Set<String> em = new HashSet<>();
            for (Mention m : rep.mentions()) {
                em.add(m.concept() + "/" + m.context());
            }
            goldCount += gm.size();
            found += em.size();
            em.retainAll(gm);
            tp += em.size();
        }
        double recall = (double) tp / goldCount;
        double precision = (double) tp / found;
        double f1 = 2 * recall * precision / (recall + precision);
        assertThat(f1).as("facts F1 (recall %.2f, precision %.2f)", recall, precision).isGreaterThanOrEqualTo(0.95);
    }

    /** The comparison goldcheck makes: concept, masked, income level, then perYear or value. */
    private static boolean matches(Map<String, Object> g, Quantity q) {
        if (!q.concept().equals(g.get("concept"))) {
            return false;
        }
        boolean masked = "MASKED".equals(g.get("qualifier"));
        if (masked != q.masked()) {
            return false;
        }
        if (g.get("thresholdYuan") != null && !Objects.equals(number(g.get("thresholdYuan")), q.thresholdYuan())) {
            return false;
        }
        if (masked) {
            return true;
        }
        if (g.get("perYear") != null) {
            return Objects.equals(number(g.get("perYear")), q.perYear());
        }
        return Objects.equals(number(g.get("value")), q.value());
    }

    private static Double number(Object o) {
        return o == null ? null : ((Number) o).doubleValue();
    }
}
