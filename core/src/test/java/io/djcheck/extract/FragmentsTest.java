package io.djcheck.extract;

import io.djcheck.model.FormatIssue;
import io.djcheck.model.Mention;
import io.djcheck.model.Quantity;
import io.djcheck.model.Report;
import io.djcheck.model.SectionKind;
import io.djcheck.testing.Corpus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Report fragments written for these tests, not taken from the seeds: villages, communities, 嘎查,
 * townships and counties; headings as 第一部分, 一、, （一）, 一是, 1）, ①, or unnumbered; masked
 * figures, Traditional characters, PDF spacing. Each file (fragments/*.yaml) holds the text and
 * what extraction must find in it, exactly: every vocabulary quantity (concept, value, context and
 * any threshold, perYear or qualifier given) and every mention (concept, context), nothing more.
 */
class FragmentsTest {

    static Stream<Path> fragments() throws IOException, URISyntaxException {
        Path dir = Path.of(FragmentsTest.class.getResource("fragments").toURI());
        return Files.list(dir).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fragments")
    @SuppressWarnings("unchecked")
    void extractionFindsExactlyWhatTheFragmentSays(Path file) {
        Map<String, Object> f = Corpus.yaml(file);
        Map<String, Object> expect = (Map<String, Object>) f.get("expect");
        Report r = Extraction.extract((String) f.get("text"));
        String name = file.getFileName().toString();

        if (expect.containsKey("genre")) {
            assertThat(r.genre().name()).as("%s genre", name).isEqualTo(expect.get("genre"));
        }
        if (expect.containsKey("year")) {
            assertThat(r.year()).as("%s year", name).isEqualTo(expect.get("year"));
        }
        if (expect.containsKey("orgLevel")) {
            assertThat(r.orgLevel().name()).as("%s orgLevel", name).isEqualTo(expect.get("orgLevel"));
        }
        Map<String, Boolean> sections = (Map<String, Boolean>) expect.getOrDefault("sections", Map.of());
        sections.forEach((kind, present) -> assertThat(r.hasSection(SectionKind.valueOf(kind)))
                .as("%s section %s in %s", name, kind, r.sections()).isEqualTo(present));

        List<String> expectedQuantities = new ArrayList<>();
        for (Map<String, Object> q : (List<Map<String, Object>>) expect.getOrDefault("quantities", List.of())) {
            expectedQuantities.add(describe(q));
        }
        List<String> foundQuantities = new ArrayList<>();
        for (Quantity q : r.quantities()) {
            if (!q.concept().equals("other")) {
                foundQuantities.add(describe(q, (List<Map<String, Object>>) expect.getOrDefault("quantities", List.of())));
            }
        }
        assertThat(foundQuantities).as("%s quantities", name).containsExactlyInAnyOrderElementsOf(expectedQuantities);

        TreeSet<String> expectedMentions = new TreeSet<>();
        for (Map<String, Object> m : (List<Map<String, Object>>) expect.getOrDefault("mentions", List.of())) {
            expectedMentions.add(m.get("concept") + "/" + m.get("context"));
        }
        TreeSet<String> foundMentions = new TreeSet<>();
        for (Mention m : r.mentions()) {
            foundMentions.add(m.concept() + "/" + m.context());
        }
        assertThat(foundMentions).as("%s mentions", name).isEqualTo(expectedMentions);

        if (expect.containsKey("placeholders")) {
            assertThat(r.placeholders().stream().map(p -> p.token()).distinct().sorted().toList())
                    .as("%s placeholders", name)
                    .isEqualTo(((List<String>) expect.get("placeholders")).stream().sorted().toList());
        }
        if (expect.containsKey("formatIssues")) {
            assertThat(r.formatIssues().stream().map(FormatIssue::kind).map(Enum::name).sorted().toList())
                    .as("%s format issues %s", name, r.formatIssues())
                    .isEqualTo(((List<String>) expect.get("formatIssues")).stream().sorted().toList());
        }
        if (expect.containsKey("otherValues")) {
            List<Double> others = r.quantities().stream().filter(q -> q.concept().equals("other"))
                    .map(Quantity::value).filter(Objects::nonNull).toList();
            for (Object v : (List<Object>) expect.get("otherValues")) {
                assertThat(others).as("%s other quantities", name).contains(((Number) v).doubleValue());
            }
        }
        for (Quantity q : r.quantities()) {
            assertThat(r.text().substring(q.evidence().start(), q.evidence().end())).isEqualTo(q.evidence().quote());
        }
    }

    /** An expected quantity as text: concept, value, context, and the optional fields it names. */
    private static String describe(Map<String, Object> q) {
        StringBuilder s = new StringBuilder().append(q.get("concept")).append(' ')
                .append(q.get("value") == null ? "MASKED" : number(q.get("value"))).append(' ').append(q.get("context"));
        for (String field : List.of("thresholdYuan", "perYear", "qualifier", "upper")) {
            if (q.containsKey(field)) {
                s.append(' ').append(field).append('=').append(q.get(field) instanceof Number n ? number(n) : q.get(field));
            }
        }
        return s.toString();
    }

    /** A found quantity described with the fields the expectation for its concept and value names. */
    private static String describe(Quantity q, List<Map<String, Object>> expected) {
        StringBuilder s = new StringBuilder().append(q.concept()).append(' ')
                .append(q.value() == null ? "MASKED" : number(q.value())).append(' ').append(q.context());
        Map<String, Object> twin = expected.stream()
                .filter(e -> q.concept().equals(e.get("concept")) && q.context().name().equals(e.get("context"))
                        && Objects.equals(e.get("value") == null ? null : ((Number) e.get("value")).doubleValue(), q.value()))
                .findFirst().orElse(Map.of());
        for (String field : List.of("thresholdYuan", "perYear", "qualifier", "upper")) {
            if (twin.containsKey(field)) {
                Object v = switch (field) {
                    case "thresholdYuan" -> q.thresholdYuan();
                    case "perYear" -> q.perYear();
                    case "upper" -> q.upper();
                    default -> q.qualifier().name();
                };
                s.append(' ').append(field).append('=').append(v instanceof Number n ? number(n) : v);
            }
        }
        return s.toString();
    }

    private static String number(Object n) {
        double d = ((Number) n).doubleValue();
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
