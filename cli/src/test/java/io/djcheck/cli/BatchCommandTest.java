package io.djcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.djcheck.result.ResultJson;
import io.djcheck.testing.BatchFixture;
import io.djcheck.testing.Corpus;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code djcheck check --out DIR}: a batch of thousands, failures isolated, the same output at any thread count, resumable. */
class BatchCommandTest {

    private static final int REPORTS = 2000;

    @TempDir
    static Path shared;

    private static BatchFixture batch;

    @BeforeAll
    static void writeBatch() {
        batch = BatchFixture.write(shared.resolve("in"), REPORTS);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The whole lines of a file another process is still writing: the bytes up to the last line end
     * only, so a line (or a character) half written is never read.
     */
    private static List<String> wholeLines(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            int end = bytes.length;
            while (end > 0 && bytes[end - 1] != '\n') {
                end--;
            }
            return new String(bytes, 0, end, StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A results.jsonl line without its timings (they differ from run to run). */
    private static String stable(String line) {
        try {
            ObjectNode n = (ObjectNode) ResultJson.mapper().readTree(line);
            n.remove("timings");
            return n.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(String line) {
        try {
            return ResultJson.mapper().readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aBatchOfThousandsWithBadFilesIsWrittenInInputOrderAndTheSameWithOneOrFourThreads() throws IOException {
        Path one = shared.resolve("out-1");
        Path four = shared.resolve("out-4");
        Cli.Run a = Cli.run("check", "--out", one.toString(), "--threads", "1", batch.files().get(0).getParent().toString());
        Cli.Run b = Cli.run("check", "--out", four.toString(), "--threads", "4", batch.files().get(0).getParent().toString());

        for (Cli.Run run : List.of(a, b)) {
            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.errLines()).hasSize(3);
            for (int i = 0; i < 3; i++) {
                assertThat(run.errLines().get(i)).startsWith("djcheck: " + batch.bad().get(i));
            }
            assertThat(run.out()).contains("checked 2,000 reports", "3 could not be checked", "most failed rules",
                    "slowest files", "grades: ");
        }
        List<String> results = lines(one.resolve("results.jsonl"));
        assertThat(results).hasSize(REPORTS + 3);
        assertThat(results.stream().map(l -> json(l).get("source").asText()).toList())
                .containsExactlyElementsOf(batch.files().stream().map(Path::toString).toList());
        for (Path bad : batch.bad()) {
            JsonNode rec = json(results.get(batch.files().indexOf(bad)));
            assertThat(rec.has("error")).as(bad.toString()).isTrue();
        }
        assertThat(json(results.get(batch.files().indexOf(batch.bad().get(0)))).get("sha256").asText()).hasSize(64);
        assertThat(lines(four.resolve("results.jsonl")).stream().map(BatchCommandTest::stable).toList())
                .containsExactlyElementsOf(results.stream().map(BatchCommandTest::stable).toList());

        assertThat(lines(one.resolve("summary.csv"))).hasSize(REPORTS + 3 + 1);
        try (InputStream s = Files.newInputStream(one.resolve("summary.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(s)) {
            assertThat(wb.getSheet("summary").getLastRowNum()).isEqualTo(REPORTS + 3);
        }
        assertThat(Files.readString(one.resolve("report.html"))).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        try (Stream<Path> files = Files.list(one)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("results.jsonl",
                    "summary.csv", "findings.csv", "summary.xlsx", "report.html", "feedback", "汇总通报.docx",
                    "duplicates.jsonl");
        }
        try (Stream<Path> letters = Files.list(one.resolve("feedback"))) {
            assertThat(letters).hasSize(REPORTS);                       // a Word letter per report checked
        }
    }

    @Test
    void resumeAfterARunCutOffMidLineCompletesItWithNothingMissingAndNothingTwice(@TempDir Path dir) throws IOException {
        List<Path> files = batch.files().subList(0, 300);
        Path in = Files.createDirectories(dir.resolve("in"));
        for (Path f : files) {
            Files.copy(f, in.resolve(f.getFileName()));
        }
        Path full = dir.resolve("full");
        assertThat(Cli.run("check", "--out", full.toString(), "-q", in.toString()).exitCode()).isZero();
        List<String> complete = lines(full.resolve("results.jsonl"));

        Path cut = Files.createDirectories(dir.resolve("cut"));
        String torn = String.join("\n", complete.subList(0, 120)) + "\n" + complete.get(120).substring(0, 200);
        Files.writeString(cut.resolve("results.jsonl"), torn);   // as a power cut leaves it

        Cli.Run refused = Cli.run("check", "--out", cut.toString(), in.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("already holds the results.jsonl of an earlier run; add --resume");

        Cli.Run resumed = Cli.run("check", "--out", cut.toString(), "--resume", in.toString());
        assertThat(resumed.exitCode()).isZero();
        assertThat(resumed.err()).contains("its last line was cut off");
        assertThat(resumed.out()).contains("checked 180 reports", "120 already in results.jsonl", "over 300 reports");
        List<String> after = lines(cut.resolve("results.jsonl"));
        assertThat(after.stream().map(BatchCommandTest::stable).toList())
                .containsExactlyElementsOf(complete.stream().map(BatchCommandTest::stable).toList());
        assertThat(after.subList(0, 120)).containsExactlyElementsOf(complete.subList(0, 120));   // kept as written
        assertThat(lines(cut.resolve("summary.csv"))).hasSize(301);

        Cli.Run again = Cli.run("check", "--out", cut.toString(), "--resume", in.toString());
        assertThat(again.out()).contains("checked 0 reports", "300 already in results.jsonl");
        assertThat(lines(cut.resolve("results.jsonl"))).hasSize(300);
    }

    @Test
    void aKilledBatchLeavesValidOutputsAndResumeFinishesIt(@TempDir Path dir) throws Exception {
        Path in = batch.files().get(0).getParent();
        Path out = dir.resolve("out");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.djcheck.cli.DjcheckCommand",
                "check", "--lang", "en", "--out", out.toString(), "--threads", "1", in.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("console.txt").toFile()).start();
        Path jsonl = out.resolve("results.jsonl");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while ((!Files.exists(jsonl) || wholeLines(jsonl).size() < 30) && System.nanoTime() < deadline && p.isAlive()) {
            TimeUnit.MILLISECONDS.sleep(100);               // poll the condition: 30 reports written
        }
        assertThat(p.isAlive()).as("still checking when stopped").isTrue();
        p.destroy();                                        // SIGTERM: the same shutdown path as Ctrl-C
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();

        String console = Files.readString(dir.resolve("console.txt"));
        assertThat(console).contains("interrupted: the outputs in " + out, "--resume");
        List<String> written = lines(jsonl);
        assertThat(written.size()).isBetween(30, REPORTS);
        written.forEach(l -> assertThat(json(l).get("source").asText()).isNotEmpty());   // every line whole
        assertThat(lines(out.resolve("summary.csv"))).hasSize(written.size() + 1);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }

        Cli.Run resumed = Cli.run("check", "--out", out.toString(), "--resume", "-q", in.toString());
        assertThat(resumed.exitCode()).isEqualTo(3);        // the three bad files, once each
        List<String> sources = lines(jsonl).stream().map(l -> json(l).get("source").asText()).toList();
        assertThat(sources).containsExactlyElementsOf(batch.files().stream().map(Path::toString).toList());
    }

    @Test
    void resumeRefusesAResultsFileItDidNotWrite(@TempDir Path dir) throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("results.jsonl"), "{\"schemaVersion\":\"1.0\",\"source\":\"a.txt\",\"error\":\"x\"}\n"
                + "this is not JSON\n");
        Cli.Run run = Cli.run("check", "--out", out.toString(), "--resume", Corpus.seed("000").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().contains(out.resolve("results.jsonl") + ":2: ",
                "--resume continues a results.jsonl written by djcheck");
    }

    @Test
    void includeAndExcludeGlobsAndAFileListOnStdin(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.createDirectories(in.resolve("drafts"));
        Files.createDirectories(in.resolve("sub"));
        for (String name : List.of("a.txt", "b.txt.bak", "drafts/c.txt", "sub/d.txt", "sub/e.pdf")) {
            Files.copy(Corpus.seed("000"), in.resolve(name));
        }
        Cli.Run run = Cli.run("check", "--format", "jsonl", "--include", "*.txt", "--exclude", "drafts", in.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().map(l -> Path.of(json(l).get("source").asText()).getFileName().toString()))
                .containsExactly("a.txt", "d.txt");

        Cli.Run none = Cli.run("check", "--format", "jsonl", "--include", "*.docx", in.toString());
        assertThat(none.exitCode()).isEqualTo(3);
        assertThat(none.err()).contains("no reports found in folder " + in + " (looked for --include *.docx)");

        String list = in.resolve("a.txt") + "\n\n" + in.resolve("sub") + "\n" + in.resolve("missing.txt") + "\n";
        Cli.Run stdin = Cli.runWithStdin(list, "check", "--format", "jsonl", "-");
        assertThat(stdin.exitCode()).isEqualTo(3);
        assertThat(stdin.out().lines().map(l -> Path.of(json(l).get("source").asText()).getFileName().toString()))
                .containsExactly("a.txt", "d.txt", "e.pdf", "missing.txt");
        assertThat(stdin.errLines()).singleElement().asString().contains("missing.txt", "no such file");
    }

    @Test
    void inputNamesCannotPlaceOutputsOutsideTheFolder(@TempDir Path dir) throws IOException {
        Path out = Files.createDirectories(dir.resolve("a/b/out"));
        Path sneaky = Files.createDirectories(dir.resolve("a/b/in"));
        Files.copy(Corpus.seed("000"), sneaky.resolve("..%2F..%2Fevil.txt"));
        String traversing = out + "/../in/../../../../" + dir.getFileName() + "/a/b/in/..%2F..%2Fevil.txt";
        String absolute = sneaky.resolve("..%2F..%2Fevil.txt").toAbsolutePath().toString();
        Cli.Run run = Cli.run("check", "--out", out.toString(), "-q", traversing, absolute);
        assertThat(run.exitCode()).isZero();
        try (Stream<Path> all = Files.walk(dir)) {
            List<String> created = new ArrayList<>(all.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).toList());
            List<String> letters = created.stream().filter(p -> p.startsWith("a/b/out/feedback/")).toList();
            assertThat(letters).hasSize(2).allMatch(p -> p.indexOf('/', "a/b/out/feedback/".length()) < 0);
            created.removeAll(letters);
            assertThat(created).containsExactlyInAnyOrder("a/b/in/..%2F..%2Fevil.txt", "a/b/out/results.jsonl",
                    "a/b/out/summary.csv", "a/b/out/findings.csv", "a/b/out/summary.xlsx", "a/b/out/report.html",
                    "a/b/out/汇总通报.docx", "a/b/out/duplicates.jsonl");
        }
    }

    @Test
    void badBatchOptionsAreUsageErrors(@TempDir Path dir) {
        String seed = Corpus.seed("000").toString();
        assertThat(Cli.run("check", "--resume", seed).err()).contains("--resume works with --out DIR");
        assertThat(Cli.run("check", "--threads", "0", seed).exitCode()).isEqualTo(2);
        Cli.Run timeout = Cli.run("check", "--timeout", "soon", seed);
        assertThat(timeout.exitCode()).isEqualTo(2);
        assertThat(timeout.err()).contains("'soon' is not a time; write it like 30s, 2m or 500ms");
        Cli.Run two = Cli.run("check", "--format", "json,csv", seed);
        assertThat(two.exitCode()).isEqualTo(2);
        assertThat(two.err()).contains("--format takes one format unless --out names a folder");
    }
}
