package io.djcheck.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.djcheck.Checker;
import io.djcheck.batch.BatchItem;
import io.djcheck.batch.BatchRunner;
import io.djcheck.batch.BatchSummary;
import io.djcheck.batch.DuplicateScan;
import io.djcheck.similar.DuplicateFinder;
import io.djcheck.similar.DuplicateJson;
import io.djcheck.testing.PlantedCopies;
import io.djcheck.pack.RulePack;
import io.djcheck.result.CheckResult;
import io.djcheck.result.Finding;
import io.djcheck.result.ResultJson;
import io.djcheck.testing.Corpus;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The job and the Dataset API on a real local Spark (local[2], one session for the class) against
 * what the CLI's batch pipeline ({@link BatchRunner} with one {@link Checker}) gives on the same files.
 */
class SparkCheckJobTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    private static SparkSession spark;
    private static Path corpus;
    private static int files;
    private static Checker checker;
    /** The CLI batch's items for the corpus, by path below the corpus folder. */
    private static Map<String, BatchItem> batch;
    private static BatchSummary batchSummary;

    @BeforeAll
    static void start() throws IOException {
        spark = SparkSession.builder().master("local[2]").appName("djcheck-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.driver.host", "127.0.0.1")
                .getOrCreate();
        corpus = Files.createDirectories(tmp.resolve("archive"));
        files = MixedCorpus.write(corpus, 50);
        // the driver's checker of the job (one compile of the pack for the whole class): the results depend on the pack only
        checker = DjcheckSpark.shipment(DjcheckSpark.defaultPack(), null).checker();
        batch = new HashMap<>();
        try (Stream<Path> s = Files.walk(corpus).filter(Files::isRegularFile).sorted()) {
            batchSummary = BatchRunner.checkAll(checker, s, item -> batch.put(key(item.path().toString()), item));
        }
        assertThat(batch).hasSize(files);
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** A path as Spark names it (file:/...) or as the batch does (/...), made relative to the corpus. */
    private static String key(String source) {
        String root = corpus.toAbsolutePath().toString();
        int at = source.indexOf(root);
        assertThat(at).as(source).isNotNegative();
        return source.substring(at + root.length() + 1);
    }

    private static Path seedsParquet;

    /** The job's Parquet output for examples/reports, written once for the tests that read it. */
    private static synchronized Path seedsParquet() {
        if (seedsParquet == null) {
            seedsParquet = tmp.resolve("out-seeds");
            job("--in", Corpus.seeds().toString(), "--out", seedsParquet.toString());
        }
        return seedsParquet;
    }

    private static Summary job(String... args) {
        return CheckJob.run(spark, CheckJob.parse(args));
    }

    @Test
    void theJobGivesEveryFileTheFindingsOfTheCliBatch() throws IOException {
        Path out = tmp.resolve("out-all");
        Summary summary = job("--in", corpus.toString(), "--out", out.toString(), "--partitions", "6");
        List<Row> rows = spark.read().parquet(out.toString()).collectAsList();

        // every input is a row, but Spark's file source drops zero-byte files before any task sees them
        assertThat(rows.stream().map(r -> key(r.getAs("source"))).sorted().toList())
                .isEqualTo(batch.keySet().stream().filter(k -> !k.equals("bad/empty.txt")).sorted().toList());
        int failed = 0;
        String packSha = checker.pack().sha256();
        for (Row row : rows) {
            String key = key(row.getAs("source"));
            BatchItem item = batch.get(key);
            assertThat(item).as(key).isNotNull();
            assertThat((String) row.getAs("packSha256")).isEqualTo(packSha);
            assertThat((String) row.getAs("organisation")).isNull();
            assertThat((String) row.getAs("sha256")).as(key).isEqualTo(item.sha256());
            if (item.status() == BatchItem.Status.FAILED) {
                failed++;
                String error = row.getAs("error");
                assertThat(error).as(key).isNotNull();
                // the same one-line message, naming the file as each names it
                assertThat(error.substring(error.indexOf(key) + key.length()))
                        .isEqualTo(item.error().substring(item.error().indexOf(key) + key.length()));
                assertThat((Object) row.getAs("score")).isNull();
                continue;
            }
            CheckResult r = item.result();
            assertThat((String) row.getAs("error")).as(key).isNull();
            assertThat((double) row.getAs("score")).as(key).isEqualTo(r.score());
            assertThat((String) row.getAs("grade")).isEqualTo(r.grade().name());
            assertThat((String) row.getAs("gradeLabel")).isEqualTo(r.gradeLabel());
            assertThat((String) row.getAs("level")).isEqualTo(r.reportInfo().orgLevel().name());
            assertThat((String) row.getAs("genre")).isEqualTo(r.reportInfo().genre().name());
            assertThat((Integer) row.getAs("year")).isEqualTo(r.reportInfo().year());
            assertThat(findings(row)).as(key).isEqualTo(findings(r));
        }
        assertThat(failed).isEqualTo((int) batchSummary.failed() - 1).isGreaterThanOrEqualTo(2);
        for (String bad : List.of("bad/truncated.docx", "bad/encrypted.pdf", "bad/empty.txt")) {
            assertThat(batch.get(bad).status()).as(bad).isEqualTo(BatchItem.Status.FAILED);
        }
        assertThat(batch.get("bad/encrypted.pdf").error()).containsIgnoringCase("password");

        // the summary, written beside the data, agrees with the CLI batch's
        assertThat(summary.inputs()).isEqualTo(files - 1);
        assertThat(summary.checked()).isEqualTo(batchSummary.checked());
        assertThat(summary.failed()).isEqualTo(batchSummary.failed() - 1);
        assertThat(summary.medianScore()).isEqualTo(batchSummary.medianScore());
        assertThat(summary.meanScore()).isCloseTo(batchSummary.meanScore(), org.assertj.core.data.Offset.offset(0.01));
        Map<String, Long> grades = new HashMap<>();
        batchSummary.grades().forEach((g, n) -> grades.put(g.name(), n));
        assertThat(summary.grades()).isEqualTo(grades);
        List<String> top = batchSummary.mostFailedRules(10).stream().map(rc -> rc.ruleId() + "=" + rc.reports()).toList();
        assertThat(summary.mostFailedRules().stream().map(rc -> rc.ruleId() + "=" + rc.reports()).toList())
                .containsExactlyInAnyOrderElementsOf(top);
        Map<String, Long> levels = new HashMap<>();
        batch.values().stream().filter(i -> i.status() == BatchItem.Status.CHECKED)
                .forEach(i -> levels.merge(i.result().reportInfo().orgLevel().name(), 1L, Long::sum));
        Map<String, Long> byLevel = new HashMap<>();
        summary.byLevel().forEach(l -> byLevel.put(l.level(), l.reports()));
        assertThat(byLevel).isEqualTo(levels);
        JsonNode written = JSON.readTree(out.resolve("_summary.json").toFile());
        assertThat(written.path("inputs").asLong()).isEqualTo(files - 1);
        assertThat(written.path("packSha256").asText()).isEqualTo(packSha);
        assertThat(written.path("byLevel").size()).isEqualTo(levels.size());
        assertThat(written.path("mostFailedRules").get(0).path("ruleId").asText()).isEqualTo(summary.mostFailedRules().get(0).ruleId());
    }

    private static List<List<String>> findings(Row row) {
        List<List<String>> out = new ArrayList<>();
        int i = row.fieldIndex("findings");
        for (Row f : row.isNullAt(i) ? List.<Row>of() : row.<Row>getList(i)) {
            out.add(java.util.Arrays.asList(f.getString(0), f.getString(1), f.getString(2), f.getString(3), f.getString(4)));
        }
        return out;
    }

    private static List<List<String>> findings(CheckResult r) {
        List<List<String>> out = new ArrayList<>();
        for (Finding f : r.findings()) {
            out.add(java.util.Arrays.asList(f.ruleId(), f.status().name(), f.severity().name(), f.message(),
                    ResultRows.quote(f)));
        }
        return out;
    }

    @Test
    void theParquetSchemaIsThePublishedOne() {
        StructType read = spark.read().parquet(seedsParquet().toString()).schema();
        assertThat(read.fieldNames()).containsExactly("source", "sha256", "packSha256", "profile", "organisation", "level",
                "year", "genre", "score", "grade", "gradeLabel", "complete", "findings", "error", "modified", "minhash");
        assertThat(((ArrayType) read.apply("minhash").dataType()).elementType()).isEqualTo(DataTypes.IntegerType);
        assertThat(read.apply("modified").dataType()).isEqualTo(DataTypes.TimestampType);
        assertThat(read.apply("year").dataType()).isEqualTo(DataTypes.IntegerType);
        assertThat(read.apply("score").dataType()).isEqualTo(DataTypes.DoubleType);
        assertThat(read.apply("organisation").dataType()).isEqualTo(DataTypes.StringType);
        assertThat(read.apply("complete").dataType()).isEqualTo(DataTypes.BooleanType);
        StructType finding = (StructType) ((ArrayType) read.apply("findings").dataType()).elementType();
        assertThat(finding.fieldNames()).containsExactly("ruleId", "status", "severity", "message", "quote");
        assertThat(read.asNullable()).isEqualTo(DjcheckSpark.SCHEMA.asNullable());
    }

    @Test
    void jsonlIsTheCheckResultJsonOfTheCli() throws IOException {
        Path out = tmp.resolve("out-jsonl");
        Summary summary = job("--in", Corpus.seeds().toString(), "--out", out.toString(), "--format", "jsonl");
        assertThat(summary.inputs()).isEqualTo(5);
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(JSON.readTree(Files.readString(Corpus.root().resolve("docs/schema/check-result.schema.json"))));
        List<String> lines = new ArrayList<>();
        for (Path part : MixedCorpus.list(out)) {
            if (part.getFileName().toString().startsWith("part-")) {
                lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
            }
        }
        assertThat(lines).hasSize(5);
        for (String line : lines) {
            ObjectNode got = (ObjectNode) JSON.readTree(line);
            assertThat(schema.validate(got)).as(line).isEmpty();
            String source = got.path("source").asText();
            Path file = Corpus.seeds().resolve(source.substring(source.lastIndexOf('/') + 1));
            // what `djcheck check --format jsonl` prints for the file, named as Spark names it
            ObjectNode cli = (ObjectNode) JSON.readTree(ResultJson.toJsonLine(checker.check(Files.readAllBytes(file), source)));
            got.remove("timings");
            cli.remove("timings");
            assertThat(got).isEqualTo(cli);
        }
        assertThat(Files.exists(out.resolve("_summary.json"))).isTrue();
    }

    @Test
    void skipCheckedSkipsWhatAnEarlierRunChecked() throws IOException {
        Path first = seedsParquet();

        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        for (Path p : Corpus.seedFiles()) {
            Files.copy(p, inbox.resolve(p.getFileName()));                       // the same five: skipped
        }
        Files.writeString(inbox.resolve("000_9c5ce89756f0e5ee.txt"),          // edited: checked again
                Files.readString(Corpus.seed("000")) + "\n以上报告，请审议。\n");
        Files.copy(Corpus.formats().resolve("003_63944fab751146e4.docx"), inbox.resolve("new.docx"));   // new

        Path second = tmp.resolve("out-second");
        Summary s = job("--in", inbox.toString(), "--out", second.toString(), "--skip-checked", first.toString());
        List<String> checked = spark.read().parquet(second.toString()).select("source").collectAsList().stream()
                .map(r -> r.getString(0).substring(r.getString(0).lastIndexOf('/') + 1)).sorted().toList();
        assertThat(checked).containsExactly("000_9c5ce89756f0e5ee.txt", "new.docx");
        assertThat(s.inputs()).isEqualTo(2);

        // from a JSONL output too; with another profile nothing is skipped
        Path jsonl = tmp.resolve("out-first-jsonl");
        job("--in", Corpus.seeds().toString(), "--out", jsonl.toString(), "--format", "jsonl");
        Path third = tmp.resolve("out-third");
        assertThat(job("--in", inbox.toString(), "--out", third.toString(), "--skip-checked", jsonl.toString()).inputs())
                .isEqualTo(2);
        Path other = tmp.resolve("out-other-profile");
        assertThat(job("--in", inbox.toString(), "--out", other.toString(), "--profile", "strict-monthly",
                "--skip-checked", first.toString()).inputs()).isEqualTo(6);
    }

    @Test
    void theDatasetApiChecksWithAProfile() {
        Dataset<Row> files = DjcheckSpark.readReports(spark, Corpus.seeds().toString());
        Dataset<Row> results = DjcheckSpark.check(files, DjcheckSpark.defaultPack(), "strict-monthly");
        Checker strict = checker.withParams("strict-monthly", Map.of());
        List<Row> rows = results.collectAsList();
        assertThat(rows).hasSize(5);
        boolean differs = false;
        for (Row row : rows) {
            String source = row.getAs("source");
            Path file = Corpus.seeds().resolve(source.substring(source.lastIndexOf('/') + 1));
            CheckResult expected = strict.check(file);
            assertThat((String) row.getAs("profile")).isEqualTo("strict-monthly");
            assertThat(findings(row)).isEqualTo(findings(expected));
            assertThat((double) row.getAs("score")).isEqualTo(expected.score());
            differs |= expected.score() != checker.check(file).score();
        }
        assertThat(differs).as("the profile changes some score").isTrue();
        assertThat(Summary.of(results).checked()).isEqualTo(5);
    }

    @Test
    void aPackComesFromAFolderOrAZipAndHashesAsTheDefault() throws IOException {
        Path dir = tmp.resolve("pack-dir");
        Corpus.copyDefaultPack(dir);
        Path zip = tmp.resolve("my-rules.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip)); Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                z.putNextEntry(new ZipEntry("my-rules/" + dir.relativize(p).toString().replace('\\', '/')));
                z.write(Files.readAllBytes(p));
                z.closeEntry();
            }
        }
        String sha = checker.pack().sha256();
        for (String rules : List.of(dir.toString(), zip.toString(), zip.toUri().toString())) {
            RulePack pack = PackSource.load(rules, spark.sparkContext().hadoopConfiguration());
            assertThat(pack.sha256()).as(rules).isEqualTo(sha);
        }
        Path out = tmp.resolve("out-zip");
        Summary s = job("--in", Corpus.seeds().toString(), "--out", out.toString(), "--rules", zip.toString());
        assertThat(s.packSha256()).isEqualTo(sha);
        assertThatThrownBy(() -> PackSource.load(tmp.resolve("nowhere").toString(), spark.sparkContext().hadoopConfiguration()))
                .isInstanceOf(UsageException.class).hasMessageContaining("no such rule pack");
    }

    /**
     * The repository's distinct reports with copies planted the four ways (each way once, and one
     * report copied all four ways): the job finds exactly the planted clusters, each with its original
     * as the oldest member, in Parquet and in JSONL mode, and finds the clusters the batch search finds.
     */
    @Test
    void theJobFindsEveryPlantedCopyAndNoOtherCluster() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("planted"));
        PlantedCopies copies = new PlantedCopies(21);
        List<PlantedCopies.Original> originals = copies.originals();
        FileTime written = FileTime.from(Instant.parse("2024-01-10T08:00:00Z"));
        for (PlantedCopies.Original o : originals) {
            Files.setLastModifiedTime(Files.writeString(dir.resolve(o.name()), o.text()), written);
        }
        Set<Set<String>> planted = new HashSet<>();
        PlantedCopies.Kind[] kinds = PlantedCopies.Kind.values();
        for (int k = 0; k < kinds.length + 1; k++) {
            PlantedCopies.Original o = originals.get(k * 13 + 2);
            Set<String> cluster = new TreeSet<>(Set.of(o.name()));
            for (PlantedCopies.Kind way : k == kinds.length ? List.of(kinds) : List.of(kinds[k])) {
                String name = "copy-" + way + "-" + o.name();
                Path copy = Files.writeString(dir.resolve(name), copies.copy(o, way));
                Files.setLastModifiedTime(copy, FileTime.from(written.toInstant().plusSeconds(86_400)));
                cluster.add(name);
            }
            planted.add(cluster);
        }
        // what djcheck's batch search finds on the same files
        DuplicateScan batchScan = DuplicateScan.of(checker);
        try (Stream<Path> s = Files.list(dir).sorted()) {
            BatchRunner.checkAll(checker, s, batchScan::add);
        }
        Set<Set<String>> batchClusters = names(batchScan.clusters().stream().map(DuplicateJson::toJsonLine).toList());
        assertThat(batchClusters).isEqualTo(planted);

        for (String format : List.of("parquet", "jsonl")) {
            Path out = tmp.resolve("out-planted-" + format);
            Summary summary = job("--in", dir.toString(), "--out", out.toString(), "--format", format, "--partitions", "3");
            List<String> lines = Files.readAllLines(out.resolve("_duplicates.jsonl"));
            assertThat(names(lines)).as(format).isEqualTo(planted);
            for (String line : lines) {
                JsonNode c = JSON.readTree(line);
                assertThat(c.get("oldest").asText()).as(format).doesNotContain("/copy-");
                assertThat(c.get("similarity").asDouble()).isGreaterThanOrEqualTo(DuplicateFinder.DEFAULT_SIMILARITY_MIN);
                assertThat(c.get("passages")).as("passages read back through Hadoop").isNotEmpty();
                assertThat(c.get("members").get(0).get("modified").asText()).isEqualTo("2024-01-10T08:00:00Z");
            }
            assertThat(summary.copies().clusters()).isEqualTo(planted.size());
            assertThat(summary.copies().reports()).isEqualTo(planted.stream().mapToInt(Set::size).sum());
            assertThat(summary.copies().largest().get(0).members()).isEqualTo(kinds.length + 1);
            assertThat(summary.toText()).contains("copied reports: " + planted.size() + " clusters");
            assertThat(JSON.readTree(Files.readString(out.resolve("_summary.json"))).at("/copies/clusters").asInt())
                    .isEqualTo(planted.size());
        }
        Path none = tmp.resolve("out-planted-off");
        assertThat(job("--in", dir.toString(), "--out", none.toString(), "--no-duplicates").copies()).isNull();
        assertThat(none.resolve("_duplicates.jsonl")).doesNotExist();
    }

    /** The member file names of each cluster line. */
    private static Set<Set<String>> names(List<String> clusterLines) throws IOException {
        Set<Set<String>> out = new HashSet<>();
        for (String line : clusterLines) {
            Set<String> members = new TreeSet<>();
            for (JsonNode m : JSON.readTree(line).get("members")) {
                String source = m.get("source").asText();
                members.add(source.substring(source.lastIndexOf('/') + 1));
            }
            out.add(members);
        }
        return out;
    }

    @Test
    void anExecutorRefusesAPackThatHashesOtherwiseThanOnTheDriver() {
        PackShipment forged = new PackShipment(DjcheckSpark.defaultPack(), null, "0".repeat(64));
        assertThatThrownBy(forged::checker).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("on the driver");
    }

    @Test
    void usageMistakesAreNamed() {
        assertThatThrownBy(() -> CheckJob.parse(new String[]{"--out", "x"})).hasMessageContaining("--in is missing");
        assertThatThrownBy(() -> CheckJob.parse(new String[]{"--in", "a", "b"})).hasMessageContaining("--out is missing");
        assertThatThrownBy(() -> CheckJob.parse(new String[]{"--in", "a", "--out", "o", "--format", "csv"}))
                .hasMessageContaining("parquet or jsonl");
        assertThatThrownBy(() -> CheckJob.parse(new String[]{"--in", "a", "--out", "o", "--partitions", "0"}))
                .hasMessageContaining("above 0");
        CheckJob.Options o = CheckJob.parse(new String[]{"--in", "a", "b", "--out", "o", "--profile", "p"});
        assertThat(o.in()).containsExactly("a", "b");
        assertThat(o.format()).isEqualTo("parquet");
        assertThatThrownBy(() -> job("--in", Corpus.seeds().toString(), "--out", tmp.resolve("o-p").toString(),
                "--profile", "no-such-profile")).isInstanceOf(UsageException.class).hasMessageContaining("no-such-profile");
    }
}
