package io.djcheck.packtest;

import io.djcheck.Checker;
import io.djcheck.model.Status;
import io.djcheck.pack.RulePack;
import io.djcheck.result.Explanation;
import io.djcheck.testing.Corpus;
import io.djcheck.testing.Packs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cookbook of docs/rules.md §10 works as written: its rules and cases (docs/examples/cookbook)
 * laid over a copy of the default pack, with the one parameter it tells the reader to add, lint
 * clean and pass every case.
 */
class CookbookTest {

    @Test
    void theCookbookRulesLintAndPassTheirCases(@TempDir Path dir) throws IOException {
        Path pack = Packs.copyDefault(dir.resolve("pack"));
        Path cookbook = Corpus.root().resolve("docs/examples/cookbook");
        try (Stream<Path> files = Files.walk(cookbook)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Path target = pack.resolve(cookbook.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
        Path params = pack.resolve("params.yaml");           // as §10 says: one parameter for CB-05
        Files.writeString(params, Files.readString(params).replace("defaults:\n", "defaults:\n  weak_villages_max: 0\n"));

        RulePack rules = RulePack.fromDirectory(pack);
        assertThat(Checker.validate(rules)).isEmpty();
        RuleTestReport report = RuleTestRunner.run(rules, c -> c.file().equals("tests/cookbook.yaml"));
        assertThat(report.cases()).hasSize(13);
        assertThat(report.failures()).as(() -> report.failures().toString()).isEmpty();

        // issue 19: explain on a DRL rule shows every parameter it read, here the two of CB-05, with their values
        Explanation e = Checker.builder().rulePack(rules).build().check("镇党委加强党建工作，指导村党组织发展集体经济。全镇集体经济收入5万元以下的村2个。", "t.txt")
                .explain("CB-05").orElseThrow();
        assertThat(e.status()).isEqualTo(Status.FAIL);
        assertThat(e.params()).containsOnly(Map.entry("weak_village_income_yuan", 50000.0), Map.entry("weak_villages_max", 0.0));
        assertThat(e.toText()).contains("weak_village_income_yuan = 50000", "weak_villages_max = 0");
    }
}
