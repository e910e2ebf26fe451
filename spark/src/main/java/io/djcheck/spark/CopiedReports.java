package io.djcheck.spark;

import io.djcheck.Checker;
import io.djcheck.ingest.DocumentException;
import io.djcheck.model.Report;
import io.djcheck.similar.DuplicateCluster;
import io.djcheck.similar.DuplicateFinder;
import io.djcheck.similar.Signatures;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

import java.io.IOException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.size;

/**
 * Copied reports across the results of a run, found by Spark in the way of djcheck's batch search
 * ({@link DuplicateFinder}) and with its signing and cluster form ({@link Signatures}): each report's
 * MinHash signature is made on the executor that checked it (the {@code minhash} column), Spark
 * groups the reports by their LSH band keys, the candidate pairs of each bucket are verified by their
 * signatures, and only the verified pairs come to the driver, which joins them into clusters and reads
 * the texts of two reports per cluster again for the passages they share.
 *
 * <pre>{@code
 * Dataset<Row> results = DjcheckSpark.check(files, pack);
 * for (DuplicateCluster c : CopiedReports.find(results, 0.3, CopiedReports.texts(checker, hadoopConf))) {
 *     System.out.println(DuplicateJson.toJsonLine(c));
 * }
 * }</pre>
 *
 * The shuffle carries report numbers, not texts or signatures (16 bytes per report and band); the
 * signatures are joined to the candidate pairs only.
 */
public final class CopiedReports {

    /**
     * A bucket's members are paired with its first this many (by report number), at most: a bucket of
     * thousands of identical copies gives a linear number of pairs, not a quadratic one (as
     * {@link DuplicateFinder}'s leaders do); a pair both past the first ones of every bucket they
     * share is lost, which needs dozens of other reports sharing each of those buckets.
     */
    static final int ANCHORS = 32;

    private static final StructType BAND = DataTypes.createStructType(List.of(
            DataTypes.createStructField("band", DataTypes.IntegerType, false),
            DataTypes.createStructField("key", DataTypes.LongType, false),
            DataTypes.createStructField("id", DataTypes.LongType, false)));
    private static final StructType PAIR = DataTypes.createStructType(List.of(
            DataTypes.createStructField("a", DataTypes.LongType, false),
            DataTypes.createStructField("b", DataTypes.LongType, false)));

    private CopiedReports() {
    }

    /**
     * The clusters of copies among result rows (columns {@code source}, {@code modified}, {@code minhash}:
     * the rows of {@link DjcheckSpark#check} or of the job's Parquet output), largest first, as
     * {@link DuplicateFinder#clusters} gives them; {@code texts} reads a report's text again by its source.
     */
    public static List<DuplicateCluster> find(Dataset<Row> results, double similarityMin, DuplicateFinder.TextSource texts) {
        Dataset<Row> signed = results.filter(col("minhash").isNotNull())
                .select(col("source"), col("modified"), col("minhash"))
                .withColumn("id", monotonically_increasing_id())
                .persist(StorageLevel.MEMORY_AND_DISK());   // the ids must stay what they were when paired
        try {
            Dataset<Row> candidates = signed.select("id", "minhash")
                    .flatMap(new BandKeys(similarityMin), Encoders.row(BAND))
                    .groupBy("band", "key").agg(collect_list("id").as("ids"))
                    .filter(size(col("ids")).geq(2))
                    .select("ids")
                    .flatMap(new BucketPairs(), Encoders.row(PAIR))
                    .distinct();
            Dataset<Row> verified = candidates
                    .join(signed.select(col("id").as("a"), col("minhash").as("sa")), "a")
                    .join(signed.select(col("id").as("b"), col("minhash").as("sb")), "b")
                    .filter(new Verified(similarityMin))
                    .select("a", "b");
            Map<Long, List<Long>> groups = groups(verified.toLocalIterator());
            return clusters(signed, groups, similarityMin, texts);
        } finally {
            signed.unpersist();
        }
    }

    /** Reads a report's text again through Hadoop (any file system the job reads) and {@code checker}'s extraction. */
    public static DuplicateFinder.TextSource texts(Checker checker, Configuration conf) {
        return source -> {
            Path path = new Path(source);
            try (FSDataInputStream in = path.getFileSystem(conf).open(path)) {
                Report r = checker.extract(in.readAllBytes(), source);
                return r.text() == null ? null
                        : new DuplicateFinder.ReportText(r.text(), r.organisation() == null ? null : r.organisation().name());
            } catch (IOException | DocumentException e) {
                return null;                                 // gone or changed since it was checked: no passages
            }
        };
    }

    /** Joins the verified pairs into groups by union-find: root → members. */
    private static Map<Long, List<Long>> groups(Iterator<Row> pairs) {
        Map<Long, Long> parent = new HashMap<>();
        while (pairs.hasNext()) {
            Row p = pairs.next();
            long a = root(parent, p.getLong(0));
            long b = root(parent, p.getLong(1));
            if (a != b) {
                parent.put(Math.max(a, b), Math.min(a, b));
            }
        }
        Map<Long, List<Long>> groups = new HashMap<>();
        for (Long id : new ArrayList<>(parent.keySet())) {
            groups.computeIfAbsent(root(parent, id), k -> new ArrayList<>()).add(id);
        }
        return groups;
    }

    private static long root(Map<Long, Long> parent, long id) {
        long r = id;
        for (Long up = parent.get(r); up != null && up != r; up = parent.get(r)) {
            r = up;
        }
        for (long at = id; at != r; ) {                     // path compression
            long next = parent.get(at);
            parent.put(at, r);
            at = next;
        }
        parent.putIfAbsent(r, r);
        return r;
    }

    private static List<DuplicateCluster> clusters(Dataset<Row> signed, Map<Long, List<Long>> groups, double similarityMin,
                                                   DuplicateFinder.TextSource texts) {
        Map<Long, Long> rootOf = new HashMap<>();
        groups.forEach((root, ids) -> ids.forEach(id -> rootOf.put(id, root)));
        if (rootOf.isEmpty()) {
            return List.of();
        }
        Dataset<Row> ids = signed.sparkSession().createDataset(new ArrayList<>(rootOf.keySet()), Encoders.LONG()).toDF("id");
        Map<Long, List<Signatures.Signed>> members = new HashMap<>();
        for (Iterator<Row> it = signed.join(ids, "id").select("id", "source", "modified", "minhash").toLocalIterator(); it.hasNext(); ) {
            Row r = it.next();
            Timestamp modified = r.getTimestamp(2);
            members.computeIfAbsent(rootOf.get(r.getLong(0)), k -> new ArrayList<>())
                    .add(new Signatures.Signed(r.getString(1), modified == null ? null : modified.toInstant(), ints(r.getList(3))));
        }
        List<DuplicateCluster> out = new ArrayList<>();
        for (List<Signatures.Signed> m : members.values()) {
            out.add(Signatures.cluster(m, similarityMin, texts));
        }
        out.sort(Comparator.comparingInt((DuplicateCluster c) -> c.members().size()).reversed()
                .thenComparing(c -> c.oldest().source()));
        return out;
    }

    static int[] ints(List<Integer> values) {
        int[] out = new int[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }

    /** A report's number under each of its band keys. */
    private static final class BandKeys implements FlatMapFunction<Row, Row> {
        private static final long serialVersionUID = 1L;
        private final double similarityMin;

        BandKeys(double similarityMin) {
            this.similarityMin = similarityMin;
        }

        @Override
        public Iterator<Row> call(Row r) {
            long id = r.getLong(0);
            long[] keys = Signatures.bandKeys(ints(r.getList(1)), similarityMin);
            List<Row> out = new ArrayList<>(keys.length);
            for (int band = 0; band < keys.length; band++) {
                out.add(RowFactory.create(band, keys[band], id));
            }
            return out.iterator();
        }
    }

    /** The candidate pairs of one bucket: each member with the bucket's first {@link #ANCHORS} members before it. */
    private static final class BucketPairs implements FlatMapFunction<Row, Row> {
        private static final long serialVersionUID = 1L;

        @Override
        public Iterator<Row> call(Row bucket) {
            List<Long> ids = new ArrayList<>(bucket.getList(0));
            Collections.sort(ids);
            List<Row> out = new ArrayList<>();
            for (int i = 1; i < ids.size(); i++) {
                for (int j = 0; j < Math.min(i, ANCHORS); j++) {
                    out.add(RowFactory.create(ids.get(j), ids.get(i)));
                }
            }
            return out.iterator();
        }
    }

    /** A candidate pair whose signatures reach the threshold. */
    private static final class Verified implements FilterFunction<Row> {
        private static final long serialVersionUID = 1L;
        private final double similarityMin;

        Verified(double similarityMin) {
            this.similarityMin = similarityMin;
        }

        @Override
        public boolean call(Row r) {
            return Signatures.similarity(ints(r.getList(r.fieldIndex("sa"))), ints(r.getList(r.fieldIndex("sb")))) >= similarityMin;
        }
    }
}
