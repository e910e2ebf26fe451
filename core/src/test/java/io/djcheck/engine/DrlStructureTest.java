package io.djcheck.engine;

import io.djcheck.testing.Corpus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The block structure of DRL: slips found on the line to change, and none in whole DRL. */
class DrlStructureTest {

    private static List<String> places(String drl) {
        return DrlStructure.slips(drl).stream().map(s -> s.line() + ":" + s.column()).toList();
    }

    @Test
    void theDefaultPacksDrlIsWhole() throws IOException {
        try (var files = Files.list(Corpus.defaultPackDir().resolve("rules"))) {
            List<Path> drl = files.filter(f -> f.toString().endsWith(".drl")).toList();
            assertThat(drl).isNotEmpty();
            for (Path f : drl) {
                assertThat(DrlStructure.slips(Files.readString(f))).as(f.toString()).isEmpty();
            }
        }
    }

    @Test
    void parenthesesInStringsAndCommentsAreNotCode() {
        assertThat(places("""
                rule "A" // a comment with (
                when
                    Mention(concept == "x(") /* ) */
                then
                    System.out.println(")(");
                end
                """)).isEmpty();
    }

    @Test
    void aStrayClosingParenthesisIsPointedAt() {
        assertThat(places("""
                rule "A"
                when
                    Mention(concept == "x"))
                then
                end
                """)).containsExactly("3:28");
        assertThat(DrlStructure.slips("rule \"A\"\nwhen\n  Mention())\nthen\nend\n").get(0).message())
                .startsWith("第 3 行第 12 列多了一个 \")\"");
    }

    @Test
    void aLastRuleWithoutEndIsToldAtTheEndOfTheFile() {
        List<DrlStructure.Slip> slips = DrlStructure.slips("""
                rule "A"
                when
                    Mention(concept == "x")
                then
                    int n = 1;

                """);
        assertThat(slips).extracting(s -> s.line() + ":" + s.column()).containsExactly("5:15");
        assertThat(slips.get(0).message()).startsWith("rule \"A\" 缺少 end：请在第 5 行之后加一行 end（文件到此结束）");
        assertThat(slips.get(0).params()).as("for an application that words it")
                .containsEntry("detail", "missing-end-at-eof").containsEntry("block", "rule \"A\"").containsEntry("line", 5);
    }

    @Test
    void anUnclosedParenthesisInTheConsequenceIsToldBeforeItsEnd() {
        assertThat(places("""
                rule "A"
                when
                    Mention(concept == "x")
                then
                    outcomes.pass(kcontext;
                end
                """)).containsExactly("5:18");
    }
}
