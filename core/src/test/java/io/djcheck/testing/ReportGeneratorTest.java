package io.djcheck.testing;

import io.djcheck.Checker;
import io.djcheck.result.CheckResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReportGeneratorTest {

    private final ReportGenerator generator = ReportGenerator.fromSeeds(11);

    @Test
    void theSameIndexGivesTheSameTextInAnyOrder() {
        String late = generator.text(37);
        generator.text(3);
        assertThat(ReportGenerator.fromSeeds(11).text(37)).isEqualTo(late);
        assertThat(ReportGenerator.fromSeeds(12).text(37)).isNotEqualTo(late);
    }

    @Test
    void reportsDifferFromTheirSeedAndFromEachOther() {
        List<String> seeds = Corpus.seedFiles().stream().map(Corpus::read).toList();
        Set<String> texts = new HashSet<>();
        for (int i = 0; i < 25; i++) {
            String t = generator.text(i);
            assertThat(seeds).doesNotContain(t);
            texts.add(t);
        }
        assertThat(texts).hasSize(25);
    }

    @Test
    void figuresChangeButYearsAndMasksStay() {
        String text = "2022年召开党委会12次，发展党员3.5人，占比99%，**万元，XX人。";
        String changed = ReportGenerator.changeFigures(text, new Random(1));
        assertThat(changed).startsWith("2022年").contains("**万元，XX人").isNotEqualTo(text);
        assertThat(changed).matches("2022年召开党委会\\d+次，发展党员\\d\\.\\d人，占比\\d+%，\\*\\*万元，XX人。");
    }

    @Test
    void headingsStayInPlaceWhileBodyParagraphsMove() {
        String text = String.join("\n", "标题", "一、成绩", "甲", "乙", "丙", "丁", "二、问题", "戊", "己", "庚", "辛");
        String shuffled = ReportGenerator.shuffleParagraphs(text, new Random(3));
        List<String> lines = List.of(shuffled.split("\n"));
        assertThat(lines.get(0)).isEqualTo("标题");
        assertThat(lines.get(1)).isEqualTo("一、成绩");
        assertThat(lines.get(6)).isEqualTo("二、问题");
        assertThat(lines.subList(2, 6)).containsExactlyInAnyOrder("甲", "乙", "丙", "丁");
        assertThat(lines.subList(7, 11)).containsExactlyInAnyOrder("戊", "己", "庚", "辛");
        assertThat(shuffled).isNotEqualTo(text);
    }

    @Test
    void wordingSwapsBothWays() {
        Set<String> seen = new HashSet<>();
        for (int s = 0; s < 20; s++) {
            seen.add(ReportGenerator.swapWording("加强组织建设，强化责任", new Random(s * 0x9E3779B97F4A7C15L)));
        }
        assertThat(seen).contains("加强组织建设，强化责任", "强化组织建设，强化责任", "加强组织建设，加强责任");
    }

    @Test
    void writtenReportsAreCheckedLikeTheSeeds(@TempDir Path dir) throws Exception {
        List<Path> files = generator.write(dir, 10);
        assertThat(files).hasSize(10).allSatisfy(p -> assertThat(p).exists());
        assertThat(Files.readString(files.get(4))).isEqualTo(generator.text(4));
        Checker checker = Checker.builder().rulePack(Corpus.defaultPack()).build();
        int rules = checker.check(Corpus.seedFiles().get(0)).findings().size();
        for (Path p : files) {
            CheckResult r = checker.check(p);
            assertThat(r.findings()).hasSize(rules);
            assertThat(r.report().quantities()).isNotEmpty();
        }
    }
}
