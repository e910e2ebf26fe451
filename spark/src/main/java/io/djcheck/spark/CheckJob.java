package io.djcheck.spark;

import io.djcheck.pack.RulePack;
import io.djcheck.pack.RulePackException;
import io.djcheck.similar.DuplicateCluster;
import io.djcheck.similar.DuplicateFinder;
import io.djcheck.similar.DuplicateJson;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.col;

/**
 * The job: checks every report under the input paths where they lie and writes one row per input.
 *
 * <pre>
 * spark-submit --class io.djcheck.spark.CheckJob djcheck-spark.jar --in PATH... --out PATH
 *              [--rules PACK] [--profile P] [--format parquet|jsonl] [--partitions N]
 *              [--skip-checked PATH] [--glob GLOB] [--overwrite] [--no-duplicates]
 * </pre>
 *
 * The summary is written to {@code OUT/_summary.json} and printed; the clusters of copied reports
 * ({@link CopiedReports}) to {@code OUT/_duplicates.jsonl}, one line per cluster as the CLI's batch
 * writes them, unless {@code --no-duplicates}. A mistake in the arguments exits
 * with 2, an invalid pack with 4 (as the CLI).
 */
public final class CheckJob {

    /** What the job was asked to do. */
    record Options(List<String> in, String out, String rules, String profile, String format, Integer partitions,
                   String skipChecked, String glob, boolean overwrite, boolean copies) {
    }

    static final String USAGE = "usage: CheckJob --in PATH... --out PATH [--rules PACK] [--profile P] "
            + "[--format parquet|jsonl] [--partitions N] [--skip-checked PATH] [--glob GLOB] [--overwrite] [--no-duplicates]";

    /** Columns the summary and --skip-checked need, as a JSONL output holds them. */
    private static final StructType JSONL_READ = DataTypes.createStructType(List.of(
            DataTypes.createStructField("source", DataTypes.StringType, true),
            DataTypes.createStructField("sha256", DataTypes.StringType, true),
            DataTypes.createStructField("error", DataTypes.StringType, true),
            DataTypes.createStructField("score", DataTypes.DoubleType, true),
            DataTypes.createStructField("grade", DataTypes.StringType, true),
            DataTypes.createStructField("gradeLabel", DataTypes.StringType, true),
            DataTypes.createStructField("report", DataTypes.createStructType(List.of(
                    DataTypes.createStructField("orgLevel", DataTypes.StringType, true))), true),
            DataTypes.createStructField("ruleset", DataTypes.createStructType(List.of(
                    DataTypes.createStructField("sha256", DataTypes.StringType, true),
                    DataTypes.createStructField("profile", DataTypes.StringType, true))), true),
            DataTypes.createStructField("findings", DataTypes.createArrayType(DataTypes.createStructType(List.of(
                    DataTypes.createStructField("ruleId", DataTypes.StringType, true),
                    DataTypes.createStructField("status", DataTypes.StringType, true)))), true)));

    private CheckJob() {
    }

    public static void main(String[] args) {
        Options o;
        try {
            o = parse(args);
        } catch (UsageException e) {
            System.err.println("djcheck-spark: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("djcheck").getOrCreate();
        int code = 0;
        try {
            System.out.print(run(spark, o).toText());
        } catch (UsageException e) {
            System.err.println("djcheck-spark: " + e.getMessage());
            code = 2;
        } catch (RulePackException e) {
            System.err.println("djcheck-spark: rule pack is invalid; fix these and run again:");
            e.problems().forEach(p -> System.err.println(p));
            code = 4;
        } finally {
            spark.stop();
        }
        if (code != 0) {
            System.exit(code);
        }
    }

    static Options parse(String[] args) {
        List<String> in = new ArrayList<>();
        String out = null;
        String rules = null;
        String profile = null;
        String format = "parquet";
        Integer partitions = null;
        String skip = null;
        String glob = DjcheckSpark.REPORT_GLOB;
        boolean overwrite = false;
        boolean copies = true;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--in" -> {
                    while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                        in.add(args[++i]);
                    }
                    if (in.isEmpty()) {
                        throw new UsageException("--in needs at least one path");
                    }
                }
                case "--out" -> out = value(args, ++i, a);
                case "--rules" -> rules = value(args, ++i, a);
                case "--profile" -> profile = value(args, ++i, a);
                case "--format" -> {
                    format = value(args, ++i, a);
                    if (!format.equals("parquet") && !format.equals("jsonl")) {
                        throw new UsageException("--format " + format + ": give parquet or jsonl");
                    }
                }
                case "--partitions" -> {
                    String n = value(args, ++i, a);
                    try {
                        partitions = Integer.parseInt(n);
                    } catch (NumberFormatException e) {
                        partitions = -1;
                    }
                    if (partitions < 1) {
                        throw new UsageException("--partitions " + n + ": give a whole number above 0");
                    }
                }
                case "--skip-checked" -> skip = value(args, ++i, a);
                case "--glob" -> glob = value(args, ++i, a);
                case "--overwrite" -> overwrite = true;
                case "--no-duplicates" -> copies = false;
                default -> throw new UsageException("unknown argument " + a);
            }
        }
        if (in.isEmpty()) {
            throw new UsageException("--in is missing: give the reports' paths (files, folders, globs)");
        }
        if (out == null) {
            throw new UsageException("--out is missing: give the folder for the results");
        }
        if (out.equals(skip)) {
            throw new UsageException("--skip-checked " + skip + " is --out: write the new results elsewhere");
        }
        return new Options(List.copyOf(in), out, rules, profile, format, partitions, skip, glob, overwrite, copies);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }

    /** Runs the job on {@code spark} and returns its summary (also written to OUT/_summary.json). */
    static Summary run(SparkSession spark, Options o) {
        long t0 = System.nanoTime();
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        RulePack pack = o.rules() == null ? DjcheckSpark.defaultPack() : PackSource.load(o.rules(), conf);
        PackShipment shipment;
        try {
            shipment = DjcheckSpark.shipment(pack, o.profile());
        } catch (IllegalArgumentException e) {
            throw new UsageException("--profile " + o.profile() + ": " + e.getMessage());
        }
        boolean jsonl = o.format().equals("jsonl");
        Dataset<Row> files = DjcheckSpark.readFiles(spark, o.glob(), o.in().toArray(String[]::new));
        if (o.skipChecked() != null) {
            files = DjcheckSpark.notCheckedYet(files, readResults(spark, o.skipChecked()), shipment.sha256(),
                    shipment.profile());
        }
        if (o.partitions() != null) {
            int now = files.rdd().getNumPartitions();
            files = o.partitions() < now ? files.coalesce(o.partitions()) : files.repartition(o.partitions());
        }
        Dataset<Row> results = DjcheckSpark.check(files, shipment, jsonl);
        if (jsonl && o.copies()) {
            results = results.persist(StorageLevel.DISK_ONLY());   // the JSON lines drop the signatures: keep them for the search
        }
        SaveMode mode = o.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
        if (jsonl) {
            results.select("json").write().mode(mode).text(o.out());
        } else {
            results.write().mode(mode).parquet(o.out());
        }
        // the summary reads the columns back from what was written: no report is checked twice
        Summary summary = Summary.of(readResults(spark, o.out()));
        if (o.copies()) {
            Double param = shipment.checker().params().get(DuplicateFinder.SIMILARITY_PARAM);
            double min = param == null ? DuplicateFinder.DEFAULT_SIMILARITY_MIN : param;
            List<DuplicateCluster> clusters = CopiedReports.find(jsonl ? results : spark.read().parquet(o.out()), min,
                    CopiedReports.texts(shipment.checker(), conf));
            StringBuilder lines = new StringBuilder();
            clusters.forEach(c -> lines.append(DuplicateJson.toJsonLine(c)).append('\n'));
            write(conf, new Path(o.out(), "_duplicates.jsonl"), lines.toString());
            summary = summary.withCopies(clusters, min);
            results.unpersist();
        }
        summary = summary.withElapsedSeconds((System.nanoTime() - t0) / 1e9);
        write(conf, new Path(o.out(), "_summary.json"), summary.toJson());
        return summary;
    }

    /** Results an earlier run wrote, Parquet or JSONL, with the columns the summary and skipping use. */
    static Dataset<Row> readResults(SparkSession spark, String path) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        if (isParquet(conf, path)) {
            return spark.read().parquet(path);
        }
        return spark.read().schema(JSONL_READ).json(path).select(col("source"), col("sha256"),
                col("ruleset.sha256").as("packSha256"), col("ruleset.profile").as("profile"), col("report.orgLevel").as("level"), col("score"), col("grade"),
                col("gradeLabel"), col("findings"), col("error"));
    }

    private static boolean isParquet(Configuration conf, String path) {
        try {
            Path p = new Path(path);
            FileSystem fs = p.getFileSystem(conf);
            if (!fs.exists(p)) {
                throw new UsageException(path + ": no such results folder");
            }
            for (FileStatus s : fs.listStatus(p)) {
                if (s.getPath().getName().endsWith(".parquet")) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + path + ": " + e.getMessage(), e);
        }
    }

    private static void write(Configuration conf, Path file, String text) {
        try (FSDataOutputStream out = file.getFileSystem(conf).create(file, true)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
