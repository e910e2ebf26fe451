package io.djcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.djcheck.result.ResultJson;
import io.djcheck.testing.PlantedCopies;
import io.djcheck.testing.PlantedCopies.Kind;
import io.djcheck.testing.PlantedCopies.Original;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code djcheck check --out DIR} on a folder of distinct corpus reports with planted copies (numbers
 * changed, paragraphs shuffled, 30 % rewritten, verbatim): duplicates.jsonl holds exactly the planted
 * clusters, each with the original as its oldest member and the passages shared; the console names
 * them; summary.xlsx has a duplicates sheet and report.html a section.
 */
class DuplicatesCommandTest {

    private static final Instant ORIGINALS = Instant.parse("2024-01-05T09:00:00Z");

    @Test
    void aBatchWithPlantedCopiesNamesEveryClusterAndNoOther(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        PlantedCopies copies = new PlantedCopies(11);
        List<Original> originals = copies.originals().subList(0, 24);
        Set<Set<String>> planted = new HashSet<>();
        for (int i = 0; i < originals.size(); i++) {
            Original o = originals.get(i);
            Path file = write(in.resolve(o.name()), o.text(), ORIGINALS.plusSeconds(i));
            if (i % 6 == 0) {
                Kind kind = Kind.values()[(i / 6) % Kind.values().length];
                Path copy = write(in.resolve("zz-copy-" + i + ".txt"), copies.copy(o, kind), ORIGINALS.plusSeconds(86_400 + i));
                planted.add(new TreeSet<>(Set.of(file.toString(), copy.toString())));
            }
        }
        Path out = tmp.resolve("out");

        Cli.Run run = Cli.run("check", "--out", out.toString(), "--threads", "2", in.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(out.resolve("duplicates.jsonl"), StandardCharsets.UTF_8);
        Set<Set<String>> found = new HashSet<>();
        for (String line : lines) {
            JsonNode c = ResultJson.mapper().readTree(line);
            Set<String> members = new TreeSet<>();
            c.get("members").forEach(m -> members.add(m.get("source").asText()));
            found.add(members);
            assertThat(c.get("oldest").asText()).doesNotContain("zz-copy-");
            assertThat(c.get("similarity").asDouble()).isGreaterThanOrEqualTo(0.3);
            assertThat(c.get("passages")).isNotEmpty();
            assertThat(c.get("passages").get(0).get("quote").asText()).hasSizeGreaterThan(20);
            assertThat(run.out()).contains(c.get("oldest").asText() + " (oldest)");
        }
        assertThat(found).isEqualTo(planted);
        assertThat(run.out()).contains("copied reports: 4 clusters");

        try (InputStream s = Files.newInputStream(out.resolve("summary.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(s)) {
            Sheet sheet = wb.getSheet("duplicates");
            assertThat(sheet).isNotNull();
            List<String> sources = new ArrayList<>();
            for (Row r : sheet) {
                if (r.getRowNum() > 0) {
                    sources.add(r.getCell(1).getStringCellValue());
                }
            }
            assertThat(new TreeSet<>(sources)).isEqualTo(planted.stream().flatMap(Set::stream).collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
        }
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).contains("<h2 id=\"duplicates\">疑似雷同报告</h2>").contains("第 4 组");
    }

    @Test
    void distinctReportsMakeNoCluster(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (Original o : PlantedCopies.distinctReports()) {
            write(in.resolve(o.name()), o.text(), ORIGINALS);
        }
        Path out = tmp.resolve("out");

        Cli.Run run = Cli.run("check", "--out", out.toString(), "--format", "csv", in.toString());

        assertThat(Files.readAllLines(out.resolve("duplicates.jsonl"))).isEmpty();
        assertThat(run.out()).contains("copied reports: none");
    }

    private static Path write(Path file, String text, Instant modified) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }
}
