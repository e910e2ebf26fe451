package io.djcheck;

import io.djcheck.ingest.DocumentException;
import io.djcheck.ingest.DocumentReader;
import io.djcheck.ingest.Hashing;
import io.djcheck.ingest.Input;
import io.djcheck.ingest.ReadLimits;
import io.djcheck.model.Document;
import io.djcheck.model.InputFormat;
import io.djcheck.model.Report;
import io.djcheck.pack.LoadedPack;
import io.djcheck.engine.RuleCompiler;
import io.djcheck.pack.PackInfo;
import io.djcheck.pack.PackLoader;
import io.djcheck.pack.PackProblem;
import io.djcheck.pack.RuleInfo;
import io.djcheck.pack.RulePack;
import io.djcheck.pack.RulePackException;
import io.djcheck.result.CheckResult;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

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
 * A checker is thread-safe: one compiled pack (one Drools KieBase) serves every thread, and each
 * check runs in its own session. Build it once and share it. {@link #reload()} (or a
 * {@link io.djcheck.pack.RulePackWatcher}) rebuilds the pack from its files and swaps it in whole;
 * a check already running finishes on the pack it started with, and a pack that no longer compiles
 * is not swapped in.
 */
public final class Checker {

    /** The classpath folder of the default pack shipped in djcheck-rules. */
    public static final String DEFAULT_PACK = "djcheck/rules/default";

    private static final Logger LOG = LoggerFactory.getLogger(Checker.class);

    /** The pack in service; replaced whole on reload, never changed in place. */
    private final AtomicReference<Pipeline> engine;
    private final Builder settings;
    private final List<Consumer<Reload>> reloadListeners;
    private final DocumentReader reader;

    private Checker(Pipeline engine, Builder settings) {
        this.engine = new AtomicReference<>(engine);
        this.settings = settings;
        this.reloadListeners = List.copyOf(settings.reloadListeners);
        this.reader = new DocumentReader(settings.limits);
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

    /**
     * Checks a report file's content held in memory whose SHA-256 the caller has already computed
     * (a batch hashes each file once, to decide whether to skip it); otherwise as {@link #check(byte[], String)}.
     */
    public CheckResult check(byte[] content, String sourceName, String sha256) {
        long t0 = System.nanoTime();
        return check(reader.readInput(content, sourceName, sha256), t0);
    }

    private CheckResult check(Input in, long t0) {
        long read = System.nanoTime() - t0;
        Pipeline e = engine.get();
        return in.submission().isPresent() ? e.check(in.submission().get(), read) : e.check(in.document(), read);
    }

    /** Checks report text; {@code sourceName} names it in the result. */
    public CheckResult check(String text, String sourceName) {
        return check(document(text, sourceName));
    }

    /** Checks a report already read (by the caller's own reader, or {@link #read}). */
    public CheckResult check(Document document) {
        return engine.get().check(document, 0);
    }

    /**
     * Checks facts given directly, skipping extraction: a report another system has already
     * analysed, or a rule test case's facts. The rules see exactly these facts.
     */
    public CheckResult check(Report facts) {
        return engine.get().check(Objects.requireNonNull(facts, "facts"));
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
        Pipeline e = engine.get();
        return in.submission().isPresent() ? e.extract(in.submission().get()) : e.extract(in.document());
    }

    public Report extract(String text, String sourceName) {
        return engine.get().extract(document(text, sourceName));
    }

    /** The pack in use: id, version and content hash. */
    public PackInfo pack() {
        return engine.get().pack().info();
    }

    /** The parameter values in force (defaults, profile, overrides). */
    public Map<String, Double> params() {
        return engine.get().ruleset().params();
    }

    /** The pack's rules, in pack order, with what the pack says of each. */
    public List<RuleInfo> rules() {
        return engine.get().pack().ruleInfos();
    }

    /** The limits every input is read under. */
    public ReadLimits limits() {
        return reader.limits();
    }

    /**
     * A checker on the same compiled pack with other parameter values: {@code profile} (null for
     * the defaults) and {@code overrides}, instead of this checker's. Cheap — nothing is compiled —
     * so a server can serve a request's own profile, and rule tests run each case's parameters.
     * The new checker does not follow this one's reloads.
     *
     * @throws IllegalArgumentException naming an unknown profile or parameter
     */
    public Checker withParams(String profile, Map<String, Double> overrides) {
        Builder b = settings.copy();
        b.profile = profile;
        b.params.clear();
        b.params.putAll(overrides);
        return new Checker(engine.get().withParams(profile, overrides), b);
    }

    /** What a {@link #reload()} did. */
    public enum ReloadStatus {
        /** The pack changed and the new one now serves. */
        RELOADED,
        /** The files are as they were (same content hash): nothing was rebuilt. */
        UNCHANGED,
        /** The files no longer make a valid pack: the last good pack keeps serving; {@code problems} say why. */
        FAILED
    }

    /**
     * The outcome of a reload.
     *
     * @param serving  the pack that serves checks after the reload
     * @param problems why the edited pack was refused (empty unless FAILED), as {@code file:line:column: code: message}
     */
    public record Reload(ReloadStatus status, PackInfo serving, List<PackProblem> problems) {
        public Reload {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Reads the pack's files again (from its folder or classpath folder), rebuilds it with the same
     * profile, parameters and options, and swaps it in atomically. Never throws for a bad pack: a
     * broken edit leaves the last good pack serving and the result lists every problem. Listeners
     * given to {@link Builder#onReload} hear every outcome. One reload runs at a time.
     */
    public synchronized Reload reload() {
        Pipeline current = engine.get();
        Reload result;
        try {
            RulePack fresh = current.pack().files().reread();
            if (fresh.sha256().equals(current.pack().info().sha256())) {
                result = new Reload(ReloadStatus.UNCHANGED, current.pack().info(), List.of());
            } else {
                Pipeline next = settings.load(fresh);
                List<PackProblem> cut = PackLoader.truncated(current.pack(), next.pack());
                if (!cut.isEmpty()) {
                    throw new RulePackException(fresh.name(), cut);
                }
                engine.set(next);     // checks already running keep the engine they started with
                result = new Reload(ReloadStatus.RELOADED, next.pack().info(), List.of());
                LOG.info("rule pack {} reloaded: {} {} (sha256 {})", fresh.name(), next.pack().info().id(),
                        next.pack().info().version(), next.pack().info().sha256());
            }
        } catch (RulePackException e) {
            result = refused(current, e.problems());
        } catch (IllegalArgumentException e) {   // the profile or a parameter given is gone from params.yaml
            result = refused(current, List.of(new PackProblem("params.yaml", 0, 0, "unknown-param", e.getMessage())));
        } catch (java.io.UncheckedIOException e) {
            result = refused(current, List.of(new PackProblem(current.pack().files().name(), 0, 0, "unreadable",
                    e.getMessage())));
        }
        for (Consumer<Reload> listener : reloadListeners) {
            try {
                listener.accept(result);
            } catch (RuntimeException e) {
                LOG.warn("a reload listener failed: {}", e.toString(), e);
            }
        }
        return result;
    }

    /** The pipeline in service (tests look at what a reload releases). */
    Pipeline engine() {
        return engine.get();
    }

    private static Reload refused(Pipeline current, List<PackProblem> problems) {
        LOG.warn("rule pack {} was edited into an invalid state; still serving {} {} (sha256 {}). Problems:\n  {}",
                current.pack().files().name(), current.pack().info().id(), current.pack().info().version(),
                current.pack().info().sha256(), String.join("\n  ", problems.stream().map(PackProblem::toString).toList()));
        return new Reload(ReloadStatus.FAILED, current.pack().info(), problems);
    }

    /**
     * Every problem of a pack — rules, lexicon, parameters, scoring and, when those load, its test
     * files — with file, line and column, in file order; empty when the pack is good. The same
     * checks {@link Builder#build()} and {@link #reload()} make.
     */
    public static List<PackProblem> validate(RulePack pack) {
        return PackLoader.validate(pack);
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
        private int maxFirings = RuleCompiler.DEFAULT_MAX_FIRINGS;
        private final List<Consumer<Reload>> reloadListeners = new ArrayList<>();
        private ReadLimits limits = ReadLimits.defaults();
        private boolean acceptAnyText;

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

        /** One parameter value, overriding the default and the profile; a finite number, as in params.yaml. */
        public Builder param(String name, double value) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("parameter " + name + " must be a finite number, got " + value);
            }
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

        /** Called after every {@link Checker#reload()}, with what it did (log it, alert an editor, ...). */
        public Builder onReload(Consumer<Reload> listener) {
            reloadListeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Limits on each input (size, PDF pages, how far a compressed document may expand, how many
         * facts the rules are given); an input past one is refused with a {@code LimitExceededException}.
         * Default {@link ReadLimits#defaults()}.
         */
        public Builder limits(ReadLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Whether a text that is no Party-building report (a recipe, a README) is checked anyway
         * (default false: it is refused with a {@code NotAReportException}, never scored).
         */
        public Builder acceptAnyText(boolean accept) {
            this.acceptAnyText = accept;
            return this;
        }

        /**
         * Compiles the pack.
         *
         * @throws RulePackException        listing every problem of the pack, with file, line and column
         * @throws IllegalArgumentException naming an unknown profile or parameter
         */
        public Checker build() {
            return new Checker(load(pack != null ? pack : RulePack.fromClasspath(DEFAULT_PACK)), copy());
        }

        /** Loads {@code files} with these settings: the one way a checker's pipeline is made. */
        private Pipeline load(RulePack files) {
            LoadedPack loaded = PackLoader.load(files, maxFirings);
            return Pipeline.of(loaded, profile, params, limits.maxFacts(), acceptAnyText);
        }

        /** The settings as they are now, so that later calls on this builder do not change a built checker. */
        private Builder copy() {
            Builder b = new Builder();
            b.pack = pack;
            b.profile = profile;
            b.params.putAll(params);
            b.maxFirings = maxFirings;
            b.reloadListeners.addAll(reloadListeners);
            b.limits = limits;
            b.acceptAnyText = acceptAnyText;
            return b;
        }
    }
}
