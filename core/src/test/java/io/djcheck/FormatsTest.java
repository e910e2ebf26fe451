package io.djcheck;

import io.djcheck.model.InputFormat;
import io.djcheck.model.Mention;
import io.djcheck.model.Quantity;
import io.djcheck.model.Report;
import io.djcheck.result.CheckResult;
import io.djcheck.result.Finding;
import io.djcheck.testing.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five seed reports as Word .docx, Word 97-2003 .doc, PDF and GB18030 text give the facts and
 * findings of the UTF-8 text: every quantity (concept, value, unit, qualifier, context, attributes),
 * every mention (concept, context), every finding's status.
 */
class FormatsTest {

    private static Checker checker;

    @BeforeAll
    static void build() {
        checker = Checker.builder().rulePack(Corpus.defaultPack()).build();
    }

    static Stream<Arguments> seedsInEveryFormat() {
        List<Arguments> out = new ArrayList<>();
        for (Path seed : Corpus.seedFiles()) {
            String stem = seed.getFileName().toString().replace(".txt", "");
            out.add(Arguments.of(seed, Corpus.formats().resolve(stem + ".docx"), InputFormat.DOCX));
            out.add(Arguments.of(seed, Corpus.formats().resolve(stem + ".pdf"), InputFormat.PDF));
            out.add(Arguments.of(seed, Corpus.formats().resolve(stem + ".gb18030.txt"), InputFormat.TEXT));
            out.add(Arguments.of(seed, resource("formats/" + stem + ".doc"), InputFormat.DOC));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("seedsInEveryFormat")
    void everyFormatYieldsTheFactsAndFindingsOfTheText(Path seed, Path other, InputFormat format) {
        assertThat(checker.read(other).format()).isEqualTo(format);
        Report expected = checker.extract(seed);
        Report actual = checker.extract(other);
        assertThat(quantities(actual)).containsExactlyInAnyOrderElementsOf(quantities(expected));
        assertThat(mentions(actual)).containsExactlyInAnyOrderElementsOf(mentions(expected));
        assertThat(actual.sections()).extracting(s -> s.kind() + " " + s.heading())
                .containsExactlyElementsOf(expected.sections().stream().map(s -> s.kind() + " " + s.heading()).toList());
        assertThat(actual.genre()).isEqualTo(expected.genre());
        assertThat(actual.year()).isEqualTo(expected.year());
        assertThat(findings(checker.check(other))).containsExactlyElementsOf(findings(checker.check(seed)));
    }

    private static List<String> quantities(Report r) {
        return r.quantities().stream().map(FormatsTest::describe).toList();
    }

    private static String describe(Quantity q) {
        return q.concept() + " " + q.value() + "-" + q.upper() + " " + q.unit() + " " + q.qualifier() + " "
                + q.perYear() + " " + q.context() + " " + q.attributes();
    }

    private static List<String> mentions(Report r) {
        return r.mentions().stream().map((Mention m) -> m.concept() + " " + m.context()).toList();
    }

    private static List<String> findings(CheckResult r) {
        return r.findings().stream().map((Finding f) -> f.ruleId() + " " + f.status()).toList();
    }

    static Path resource(String name) {
        try {
            return Path.of(FormatsTest.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
