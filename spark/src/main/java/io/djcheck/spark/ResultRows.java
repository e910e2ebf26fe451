package io.djcheck.spark;

import io.djcheck.model.Evidence;
import io.djcheck.model.Report;
import io.djcheck.result.CheckResult;
import io.djcheck.result.Finding;
import io.djcheck.result.ReportInfo;
import io.djcheck.result.ResultJson;
import io.djcheck.similar.Signatures;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The row of one input: the columns of {@link DjcheckSpark#SCHEMA}, optionally followed by its JSON line. */
final class ResultRows {

    static final StructType FINDING = DataTypes.createStructType(new StructField[]{
            DataTypes.createStructField("ruleId", DataTypes.StringType, false),
            DataTypes.createStructField("status", DataTypes.StringType, false),
            DataTypes.createStructField("severity", DataTypes.StringType, false),
            DataTypes.createStructField("message", DataTypes.StringType, true),
            DataTypes.createStructField("quote", DataTypes.StringType, true),
    });

    static final StructType SCHEMA = DataTypes.createStructType(new StructField[]{
            DataTypes.createStructField("source", DataTypes.StringType, false),
            DataTypes.createStructField("sha256", DataTypes.StringType, false),
            DataTypes.createStructField("packSha256", DataTypes.StringType, false),
            DataTypes.createStructField("profile", DataTypes.StringType, true),
            DataTypes.createStructField("organisation", DataTypes.StringType, true),
            DataTypes.createStructField("level", DataTypes.StringType, true),
            DataTypes.createStructField("year", DataTypes.IntegerType, true),
            DataTypes.createStructField("genre", DataTypes.StringType, true),
            DataTypes.createStructField("score", DataTypes.DoubleType, true),
            DataTypes.createStructField("grade", DataTypes.StringType, true),
            DataTypes.createStructField("gradeLabel", DataTypes.StringType, true),
            DataTypes.createStructField("complete", DataTypes.BooleanType, true),
            DataTypes.createStructField("findings", DataTypes.createArrayType(FINDING, false), true),
            DataTypes.createStructField("error", DataTypes.StringType, true),
            DataTypes.createStructField("modified", DataTypes.TimestampType, true),
            DataTypes.createStructField("minhash", DataTypes.createArrayType(DataTypes.IntegerType, false), true),
    });

    static final StructType WITH_JSON = SCHEMA.add("json", DataTypes.StringType, false);

    private ResultRows() {
    }

    static Row checked(CheckResult r, Timestamp modified, String packSha256, String profile, boolean json) {
        ReportInfo info = r.reportInfo();
        List<Row> findings = new ArrayList<>(r.findings().size());
        for (Finding f : r.findings()) {
            findings.add(RowFactory.create(f.ruleId(), f.status().name(), f.severity().name(), f.message(), quote(f)));
        }
        Object[] v = {r.source(), r.sha256(), packSha256, profile,
                null,                                   // organisation: not yet in the result (kept for the accuracy issue)
                info.orgLevel().name(), info.year(), info.genre().name(),
                r.score(), r.grade().name(), r.gradeLabel(), r.complete(),
                scala.jdk.javaapi.CollectionConverters.asScala(findings), null,   // Spark's row encoder takes a Scala Seq
                modified, minhash(r.report())};
        return json ? withJson(v, ResultJson.toJsonLine(r)) : RowFactory.create(v);
    }

    static Row failed(String source, Timestamp modified, String sha256, String packSha256, String profile, String error,
                      boolean json) {
        Object[] v = {source, sha256, packSha256, profile, null, null, null, null, null, null, null, null, null, error,
                modified, null};
        return json ? withJson(v, ResultJson.failureJsonLine(source, sha256, error)) : RowFactory.create(v);
    }

    /**
     * The report's MinHash signature for the copied-report search ({@link CopiedReports}), signed here
     * while its text is at hand so the search never reads a report again; null when too short to compare.
     */
    static Object minhash(Report report) {
        if (report == null || report.text() == null) {
            return null;
        }
        int[] sig = Signatures.of(report.text(), report.organisation() == null ? null : report.organisation().name());
        return sig == null ? null : scala.jdk.javaapi.CollectionConverters.asScala(
                java.util.Arrays.stream(sig).boxed().collect(Collectors.toList()));
    }

    /** The evidence quotes of a finding, one per line (as in the CSV output), or null when it has none. */
    static String quote(Finding f) {
        return f.evidence().isEmpty() ? null : f.evidence().stream().map(Evidence::quote).collect(Collectors.joining("\n"));
    }

    private static Row withJson(Object[] v, String json) {
        Object[] w = java.util.Arrays.copyOf(v, v.length + 1);
        w[v.length] = json;
        return RowFactory.create(w);
    }
}
