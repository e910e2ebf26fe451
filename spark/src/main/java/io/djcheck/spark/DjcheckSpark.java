package io.djcheck.spark;

import io.djcheck.Checker;
import io.djcheck.pack.RulePack;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sha2;

/**
 * djcheck for data engineers: checks a Dataset of files as Spark's {@code binaryFile} source reads
 * them, on the executors, and returns one row per file.
 *
 * <pre>{@code
 * Dataset<Row> files = DjcheckSpark.readReports(spark, "hdfs:///archive/2024/");
 * Dataset<Row> results = DjcheckSpark.check(files, RulePack.fromClasspath(Checker.DEFAULT_PACK));
 * results.filter("grade = 'POOR'").select("source", "score").show();
 * System.out.println(Summary.of(results).toText());
 * }</pre>
 *
 * Each executor JVM compiles the pack once (a few seconds) and checks every file of its partitions
 * with it. The rows have {@link #SCHEMA}; a file that cannot be read (corrupt, encrypted, not a
 * report, past a limit) is a row with its {@code error} and no score, never a failed job.
 */
public final class DjcheckSpark {

    /**
     * One row per input: {@code source} (the path as Spark names it), {@code sha256} (of its bytes),
     * {@code packSha256} (of the rule pack), {@code profile}, {@code organisation} (always null for
     * now: the reporting organisation is not yet in core's result), {@code level}, {@code year},
     * {@code genre}, {@code score}, {@code grade}, {@code gradeLabel}, {@code complete}, {@code findings}
     * (array of {@code ruleId, status, severity, message, quote}: the evidence quotes one per line),
     * {@code error} (the one-line message for an input that could not be checked, else null),
     * {@code modified} (the file's modification time), {@code minhash} (the report's MinHash signature
     * for {@link CopiedReports}, null when it could not be checked or is too short to compare).
     */
    public static final StructType SCHEMA = ResultRows.SCHEMA;

    /** The file names read by {@link #readReports}: those the CLI takes from a folder. */
    public static final String REPORT_GLOB = "*.{txt,docx,doc,pdf,json,yaml,TXT,DOCX,DOC,PDF,JSON,YAML}";

    private DjcheckSpark() {
    }

    /**
     * The report files under {@code paths} (files, folders searched recursively, globs; local, HDFS,
     * S3A...), as {@code binaryFile} rows ({@code path, modificationTime, length, content}), keeping the
     * names of {@link #REPORT_GLOB}.
     */
    public static Dataset<Row> readReports(SparkSession spark, String... paths) {
        return readFiles(spark, REPORT_GLOB, paths);
    }

    /**
     * As {@link #readReports(SparkSession, String...)}, keeping the file names that match {@code glob}
     * (Hadoop's glob: {@code *.docx}, {@code *.{pdf,doc}}).
     */
    public static Dataset<Row> readFiles(SparkSession spark, String glob, String... paths) {
        return spark.read().format("binaryFile")
                .option("recursiveFileLookup", "true")
                .option("pathGlobFilter", glob)
                .load(paths);
    }

    /**
     * Checks every file of {@code binaryFiles} (the rows of {@link #readReports}: columns {@code path},
     * {@code modificationTime} and {@code content}) with the pack's defaults.
     */
    public static Dataset<Row> check(Dataset<Row> binaryFiles, RulePack pack) {
        return check(binaryFiles, pack, null);
    }

    /**
     * Checks every file of {@code binaryFiles} with the pack and a profile of its params.yaml (null for
     * the defaults). The pack is compiled here first, so a broken pack or an unknown profile fails on
     * the driver (with a {@code RulePackException} or {@code IllegalArgumentException}) before any task runs.
     */
    public static Dataset<Row> check(Dataset<Row> binaryFiles, RulePack pack, String profile) {
        return check(binaryFiles, shipment(pack, profile), false);
    }

    static PackShipment shipment(RulePack pack, String profile) {
        PackShipment shipment = new PackShipment(pack, profile);
        shipment.checker();                       // compile on the driver: fail fast, and check the shipped copy hashes alike
        return shipment;
    }

    static Dataset<Row> check(Dataset<Row> binaryFiles, PackShipment pack, boolean json) {
        return binaryFiles.select("path", "modificationTime", "content")
                .mapPartitions(new CheckPartition(pack, json), Encoders.row(json ? ResultRows.WITH_JSON : ResultRows.SCHEMA));
    }

    /**
     * The files of {@code binaryFiles} not yet checked with the pack of SHA-256 {@code packSha256} and
     * {@code profile} according to {@code earlier} (result rows with {@code sha256, packSha256, profile,
     * error}): a file is skipped when a row with its content's SHA-256 was checked with that pack and
     * profile (a row with an error is tried again).
     */
    public static Dataset<Row> notCheckedYet(Dataset<Row> binaryFiles, Dataset<Row> earlier, String packSha256,
                                             String profile) {
        Dataset<Row> done = earlier.filter(col("error").isNull().and(col("packSha256").equalTo(packSha256))
                        .and(col("profile").eqNullSafe(profile)))
                .select(col("sha256").as("_done_sha256")).distinct();
        return binaryFiles.join(done, sha2(col("content"), 256).equalTo(col("_done_sha256")), "left_anti");
    }

    /** The default pack (djcheck-rules on the classpath). */
    public static RulePack defaultPack() {
        return RulePack.fromClasspath(Checker.DEFAULT_PACK, DjcheckSpark.class.getClassLoader());
    }

    /** The names of the columns of {@link #SCHEMA}. */
    public static List<String> columns() {
        return List.of(SCHEMA.fieldNames());
    }
}
