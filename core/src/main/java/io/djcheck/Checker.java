package io.djcheck;

import io.djcheck.ingest.DocumentException;
import io.djcheck.ingest.DocumentReader;
import io.djcheck.ingest.Hashing;
import io.djcheck.ingest.Input;
import io.djcheck.ingest.ReadLimits;
import io.djcheck.model.Document;
import io.djcheck.model.InputFormat;
import io.djcheck.model.Report;
import io.djcheck.result.CheckResult;
import io.djcheck.rules.PackCompiler;
import io.djcheck.rules.PackInfo;
import io.djcheck.rules.PackProblem;
import io.djcheck.rules.RulePack;
import io.djcheck.rules.RulePackException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks reports against a rule pack: the one class most users need.
 *
 * <pre>{@code
 * Checker checker = Checker.builder()
 *         .rulePack(RulePack.fromClasspath("djcheck/rules/default"))
 *         .build();
 * CheckResult r = checker.check(Path.of("report.txt"));
 * System.out.println(r.score() + " " + r.gradeLabel());
 * }</pre>
 *
 * A checker is immutable and thread-safe: one compiled pack (one Drools KieBase) serves every
 * thread, and each check runs in its own stateless session. Build it once and share it.
 */
public final class Checker {

    /** The classpath folder of the default pack shipped in djcheck-rules. */
    public static final String DEFAULT_PACK = "djcheck/rules/default";

    private final Engine engine;
    private final DocumentReader reader;

    private Checker(Engine engine, ReadLimits limits) {
        this.engine = engine;
        this.reader = new DocumentReader(limits);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads and checks one report file: text, .docx, .doc, PDF, or a JSON/YAML submission, told apart
     * by content.
     *
     * @throws DocumentException when the file cannot be read as a report (the message says why)
     */
    public CheckResult check(Path path) {
        long t0 = System.nanoTime();
        return check(reader.readInput(path), t0);
    }

    /**
     * Checks a report file held in memory (an upload), in any format {@link #check(Path)} reads;
     * {@code sourceName} names it in the result and in errors.
     */
    public CheckResult check(byte[] content, String sourceName) {
        long t0 = System.nanoTime();
        return check(reader.readInput(content, sourceName), t0);
    }

    private CheckResult check(Input in, long t0) {
        long read = System.nanoTime() - t0;
        return in.submission().isPresent() ? engine.check(in.submission().get(), read)
                : engine.check(in.document(), read);
    }

    /** Checks report text; {@code sourceName} names it in the result. */
    public CheckResult check(String text, String sourceName) {
        return check(document(text, sourceName));
    }

    /** Checks a report already read (by the caller's own reader, or {@link #read}). */
    public CheckResult check(Document document) {
        return engine.check(document, 0);
    }

    /** Reads one report file without checking it. */
    public Document read(Path path) {
        return reader.read(path);
    }

    /** The facts the checker sees in a report file (or submission), with evidence. */
    public Report extract(Path path) {
        return extract(reader.readInput(path));
    }

    /** The facts the checker sees in a report file held in memory, in any format {@link #check(Path)} reads. */
    public Report extract(byte[] content, String sourceName) {
        return extract(reader.readInput(content, sourceName));
    }

    private Report extract(Input in) {
        return in.submission().isPresent() ? engine.extract(in.submission().get()) : engine.extract(in.document());
    }

    public Report extract(String text, String sourceName) {
        return engine.extract(document(text, sourceName));
    }

    /** The pack in use: id, version and content hash. */
    public PackInfo pack() {
        return engine.pack().info();
    }

    /** The parameter values in force (defaults, profile, overrides). */
    public Map<String, Double> params() {
        return engine.ruleset().params();
    }

    /** Every problem of a pack (rules, lexicon, parameters, scoring), with file, line and column. */
    public static List<PackProblem> validate(RulePack pack) {
        return Engine.validate(pack);
    }

    private static Document document(String text, String sourceName) {
        Objects.requireNonNull(text, "text");
        return new Document(Objects.requireNonNull(sourceName, "sourceName"),
                Hashing.sha256(text.getBytes(StandardCharsets.UTF_8)), text, InputFormat.TEXT);
    }

    /** Options of a checker; {@link #build()} compiles the pack and fails at once on any problem. */
    public static final class Builder {
        private RulePack pack;
        private String profile;
        private final Map<String, Double> params = new LinkedHashMap<>();
        private int maxFirings = PackCompiler.DEFAULT_MAX_FIRINGS;
        private ReadLimits limits = ReadLimits.defaults();

        private Builder() {
        }

        /** The rule pack; the default pack from the classpath when not set. */
        public Builder rulePack(RulePack pack) {
            this.pack = Objects.requireNonNull(pack, "pack");
            return this;
        }

        /** A named profile of params.yaml (a region and year) whose values override the defaults. */
        public Builder profile(String profile) {
            this.profile = profile;
            return this;
        }

        /** One parameter value, overriding the default and the profile. */
        public Builder param(String name, double value) {
            params.put(Objects.requireNonNull(name, "name"), value);
            return this;
        }

        /** Most rule firings one check may cause before it is stopped as a runaway (default 10,000). */
        public Builder maxFirings(int maxFirings) {
            if (maxFirings < 1) {
                throw new IllegalArgumentException("maxFirings must be at least 1, got " + maxFirings);
            }
            this.maxFirings = maxFirings;
            return this;
        }

        /**
         * Limits on each input (size, PDF pages, how far a compressed document may expand); an input
         * past one is refused with a {@code LimitExceededException}. Default {@link ReadLimits#defaults()}.
         */
        public Builder limits(ReadLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Compiles the pack.
         *
         * @throws RulePackException        listing every problem of the pack, with file, line and column
         * @throws IllegalArgumentException naming an unknown profile or parameter
         */
        public Checker build() {
            RulePack p = pack != null ? pack : RulePack.fromClasspath(DEFAULT_PACK);
            return new Checker(Engine.load(p, profile, params, maxFirings), limits);
        }
    }
}
