package io.djcheck.engine;

import io.djcheck.model.SectionKind;
import io.djcheck.model.Status;
import io.djcheck.testing.Corpus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19: how all / any / not combine PASS, FAIL, NOT_EVIDENCED and ERROR is what the truth tables
 * of docs/rules.md (and its Chinese edition) say, cell by cell: the tables are read from the docs and
 * each cell is evaluated, so the docs and the evaluator cannot drift apart.
 */
class CombinationTruthTablesTest {

    private static final Leaf LEAF = new SectionCheck(Set.of(SectionKind.PROBLEMS));
    private static final Map<String, Status> ZH = Map.of("合格", Status.PASS, "不合格", Status.FAIL, "未体现",
            Status.NOT_EVIDENCED, "出错", Status.ERROR);

    @Test
    void theEnglishTablesAreTheEvaluators() throws IOException {
        assertTables(Files.readString(Corpus.root().resolve("docs/rules.md")), "| `all` of |", "| `any` of |", "| `not` |",
                Status::valueOf);
    }

    @Test
    void theChineseTablesAreTheEvaluators() throws IOException {
        assertTables(Files.readString(Corpus.root().resolve("docs/rules.zh-CN.md")), "| `all`（全部） |", "| `any`（任一） |",
                "| `not`（否定） |", ZH::get);
    }

    private static void assertTables(String doc, String allHead, String anyHead, String notHead,
                                     java.util.function.Function<String, Status> word) {
        for (String head : List.of(allHead, anyHead)) {
            List<List<String>> table = table(doc, head);
            List<String> columns = table.get(0).subList(1, table.get(0).size());
            assertThat(columns).as(head + " columns").hasSize(4);
            assertThat(table).as(head + " rows").hasSize(5);
            for (List<String> row : table.subList(1, table.size())) {
                Status left = word.apply(row.get(0).replace("*", ""));
                for (int c = 0; c < columns.size(); c++) {
                    Status right = word.apply(columns.get(c));
                    CheckNode node = head.equals(allHead) ? new CheckNode.All(List.of(LEAF, LEAF)) : new CheckNode.Any(List.of(LEAF, LEAF));
                    assertThat(CheckEvaluator.evaluate(node, List.of(left, right)).status())
                            .as(head + " " + left + " " + right).isEqualTo(word.apply(row.get(c + 1)));
                }
            }
        }
        List<List<String>> not = table(doc, notHead);
        for (int c = 1; c < not.get(0).size(); c++) {
            Status in = word.apply(not.get(0).get(c));
            assertThat(CheckEvaluator.evaluate(new CheckNode.Not(LEAF), List.of(in)).status()).as("not " + in)
                    .isEqualTo(word.apply(not.get(1).get(c)));
        }
    }

    /** The cells of the Markdown table whose header line starts with {@code head}, without the |---| line. */
    private static List<List<String>> table(String doc, String head) {
        int at = doc.indexOf(head);
        assertThat(at).as("table " + head).isNotNegative();
        List<List<String>> rows = new ArrayList<>();
        for (String line : doc.substring(at).lines().toList()) {
            if (!line.startsWith("|")) {
                break;
            }
            if (line.startsWith("|---")) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String cell : line.substring(1, line.lastIndexOf('|')).split("\\|", -1)) {
                cells.add(cell.strip());
            }
            rows.add(cells);
        }
        return rows;
    }
}
