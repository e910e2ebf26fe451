package io.djcheck.bench;

import io.djcheck.Checker;
import io.djcheck.bench.peers.EasyRulesPeer;
import io.djcheck.bench.peers.NaiveDrools;
import io.djcheck.extract.Extractor;
import io.djcheck.model.Document;
import io.djcheck.model.Report;
import io.djcheck.pack.LoadedPack;
import io.djcheck.engine.RuleCompiler;
import io.djcheck.pack.PackLoader;
import io.djcheck.pack.ParamSet;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;
import java.util.Map;

/**
 * The JMH states the benchmarks share. Each is set up once per fork, outside the measurement, and
 * only in the forks whose benchmarks use it (HanLP's dictionaries are not loaded for the rule
 * benchmarks, Drools is not started for segmentation).
 */
public final class States {

    private States() {
    }

    /** The report texts every implementation gets: {@code -p input=seeds|generated|<seed name>}. */
    @State(Scope.Benchmark)
    public static class Texts {
        @Param({"seeds"})
        public String input;

        public List<Input> inputs;
        public String[] texts;
        public String[] names;
        public Document[] documents;

        @Setup(Level.Trial)
        public void load() {
            inputs = Input.load(input);
            texts = inputs.stream().map(Input::text).toArray(String[]::new);
            names = inputs.stream().map(Input::name).toArray(String[]::new);
            documents = inputs.stream().map(Input::document).toArray(Document[]::new);
        }

        public int size() {
            return texts.length;
        }
    }

    /** Which input a thread takes next: the inputs in turn, so every one is measured alike. */
    @State(Scope.Thread)
    public static class Cursor {
        private int i;

        public int next(int n) {
            int at = i;
            i = at + 1 == n ? 0 : at + 1;
            return at;
        }
    }

    /** djcheck with the default pack (read from its files), as an embedding application builds it. */
    @State(Scope.Benchmark)
    public static class Djcheck {
        public Checker checker;
        public LoadedPack pack;
        public Extractor extractor;
        public Map<String, Double> params;
        public List<io.djcheck.engine.Param> paramFacts;

        @Setup(Level.Trial)
        public void build() {
            checker = Checker.builder().rulePack(Repo.defaultPack()).build();
            pack = PackLoader.load(Repo.defaultPack(), RuleCompiler.DEFAULT_MAX_FIRINGS);
            extractor = new Extractor(pack.lexicon());
            params = pack.params().resolve(null, Map.of());
            paramFacts = ParamSet.facts(params);
        }
    }

    /** The reports djcheck extracts from the texts: the facts every rule stage gets. */
    @State(Scope.Benchmark)
    public static class Reports {
        public Report[] reports;

        @Setup(Level.Trial)
        public void extract(Texts texts, Djcheck djcheck) {
            reports = new Report[texts.size()];
            for (int i = 0; i < reports.length; i++) {
                reports[i] = djcheck.extractor.extract(texts.documents[i]);
            }
        }
    }

    /** Easy Rules over the pack's mention and threshold rules, and djcheck compiled with only those rules. */
    @State(Scope.Benchmark)
    public static class SameRules {
        public EasyRulesPeer easyRules;
        public LoadedPack djcheckPack;

        @Setup(Level.Trial)
        public void build(Djcheck djcheck) {
            easyRules = new EasyRulesPeer(djcheck.pack, djcheck.params);
            djcheckPack = PackLoader.load(SubsetPack.of(Repo.defaultPack(), easyRules.coveredIds()), RuleCompiler.DEFAULT_MAX_FIRINGS);
        }
    }

    /** The tutorial Drools integration over the same DRL. */
    @State(Scope.Benchmark)
    public static class Drools {
        public NaiveDrools drools;

        @Setup(Level.Trial)
        public void build(Djcheck djcheck) {
            drools = new NaiveDrools(djcheck.pack);
        }
    }
}
