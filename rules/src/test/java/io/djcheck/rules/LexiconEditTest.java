package io.djcheck.rules;

import io.djcheck.model.Status;
import io.djcheck.pack.RulePack;
import io.djcheck.pack.RulePackException;
import io.djcheck.Checker;
import io.djcheck.model.Quantity;
import io.djcheck.model.Report;
import io.djcheck.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A region edits lexicon.yaml in its copy of the pack and the next checker reads reports with the
 * new wording: nothing is recompiled. The report below uses two wordings the default pack does not
 * know, 支部党日 for 主题党日 and 吸纳党员 for admitting members.
 */
class LexiconEditTest {

    private static final String REPORT = """
            一、工作成效
            各支部每月开展支部党日活动，全年吸纳党员6名。
            """;

    @TempDir
    Path dir;

    @Test
    void aSynonymAndACueAddedToTheLexiconChangeTheFactsAndFindings() throws IOException {
        Corpus.copyDefaultPack(dir);
        Checker before = Checker.builder().rulePack(RulePack.fromDirectory(dir)).acceptAnyText(true).build();
        Report was = before.extract(REPORT, "edited.txt");
        assertThat(was.mentions()).noneMatch(m -> m.concept().equals("practice.zhuti_dangri"));
        assertThat(was.quantities()).noneMatch(q -> q.concept().equals("members.new"));
        assertThat(before.check(REPORT, "edited.txt").finding("DY-01").orElseThrow().status()).isEqualTo(Status.NOT_EVIDENCED);

        editLexicon("practice.zhuti_dangri: [主题党日,", "practice.zhuti_dangri: [主题党日, 支部党日,");
        editLexicon("cues: [新发展党员, 发展党员,", "cues: [新发展党员, 发展党员, 吸纳党员,");

        Checker after = Checker.builder().rulePack(RulePack.fromDirectory(dir)).acceptAnyText(true).build();
        Report now = after.extract(REPORT, "edited.txt");
        assertThat(now.mentions()).anyMatch(m -> m.concept().equals("practice.zhuti_dangri"));
        assertThat(now.quantities()).filteredOn(q -> q.concept().equals("members.new"))
                .extracting(Quantity::value).containsExactly(6.0);
        assertThat(after.check(REPORT, "edited.txt").finding("DY-01").orElseThrow().status()).isEqualTo(Status.PASS);
    }

    @Test
    void aCueGroupNeedsAllItsTermsInOneClause() throws IOException {
        Corpus.copyDefaultPack(dir);
        editLexicon("cues: [新发展党员, 发展党员,", "cues: [[吸纳, 同志], 新发展党员, 发展党员,");
        Checker checker = Checker.builder().rulePack(RulePack.fromDirectory(dir)).acceptAnyText(true).build();
        assertThat(checker.extract("全年吸纳优秀青年同志6名。", "a.txt").quantities())
                .anyMatch(q -> q.concept().equals("members.new") && q.value() == 6.0);
        assertThat(checker.extract("全年吸纳优秀青年6名，同志们积极参与。", "b.txt").quantities())
                .noneMatch(q -> q.concept().equals("members.new"));
    }

    @Test
    void aBrokenLexiconEditIsReportedWithItsPlace() throws IOException {
        Corpus.copyDefaultPack(dir);
        editLexicon("qualifiers: [AT_MOST, RANGE]", "qualifiers: [AT_MOSTLY, RANGE]");
        assertThatThrownBy(() -> Checker.builder().rulePack(RulePack.fromDirectory(dir)).build())
                .isInstanceOf(RulePackException.class)
                .satisfies(e -> assertThat(((RulePackException) e).problems())
                        .anyMatch(p -> p.file().equals("lexicon.yaml") && p.line() > 0 && p.message().contains("AT_MOSTLY")
                                && p.message().contains("AT_MOST")));
    }

    /** Replaces {@code from} by {@code to} in the copy's lexicon.yaml, failing when the default lexicon has no {@code from}. */
    private void editLexicon(String from, String to) throws IOException {
        Path lexicon = dir.resolve("lexicon.yaml");
        String text = Files.readString(lexicon);
        assertThat(text).as("the default lexicon holds the text the edit replaces").contains(from);
        Files.writeString(lexicon, text.replace(from, to));
    }
}
