package io.djcheck.bench;

import io.djcheck.engine.Outcomes;
import io.djcheck.model.Report;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Which kind of Drools session a check should run in (issue 16 asks to measure it): the default
 * pack's compiled DRL on one shared KieBase, the facts djcheck inserts for it (the selections the
 * generated rules read, the quantities the hand-written DRL matches, the parameters), fired, the
 * verdicts counted. Only the session differs:
 * <ul>
 *   <li>{@code pooled}: a reset session from the KieBase's {@code KieSessionsPool} (what
 *       {@code RuleEngine} uses), returned by {@code dispose()};</li>
 *   <li>{@code fresh}: {@code kieBase.newKieSession()} per report, disposed after;</li>
 *   <li>{@code stateless}: {@code kieBase.newStatelessKieSession().execute(facts)} per report.</li>
 * </ul>
 * No messages, evidence or score: this is the part the strategy can change.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar SessionBench}
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SessionBench {

    /** The default pack's DRL compiled once, and each report's facts as a check inserts them. */
    @State(Scope.Benchmark)
    public static class Sessions {
        @Param({"pooled", "fresh", "stateless"})
        public String session;

        KieBase kieBase;
        KieSessionsPool pool;
        List<List<Object>> facts;

        @Setup(Level.Trial)
        public void build(States.Djcheck djcheck, States.Reports reports) {
            KieServices services = KieServices.Factory.get();
            KieFileSystem kfs = services.newKieFileSystem();
            for (Map.Entry<String, String> e : djcheck.pack.compiled().drl().entrySet()) {
                kfs.write("src/main/resources/" + e.getKey(), e.getValue());
            }
            KieBuilder builder = services.newKieBuilder(kfs).buildAll();
            if (builder.getResults().hasMessages(Message.Level.ERROR)) {
                throw new IllegalStateException("the pack's DRL does not build: " + builder.getResults());
            }
            kieBase = services.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase();
            pool = kieBase.newKieSessionsPool(1);
            facts = new ArrayList<>();
            for (Report r : reports.reports) {
                List<Object> f = new ArrayList<>(djcheck.pack.compiled().selections(r));
                f.addAll(r.quantities());
                f.addAll(djcheck.paramFacts);
                facts.add(f);
            }
        }

        @TearDown(Level.Trial)
        public void close() {
            pool.shutdown();
        }
    }

    @Benchmark
    public int check(Sessions s, States.Cursor cursor) {
        List<Object> facts = s.facts.get(cursor.next(s.facts.size()));
        Outcomes outcomes = new Outcomes();
        switch (s.session) {
            case "pooled" -> fire(s.pool.newKieSession(), facts, outcomes);
            case "fresh" -> fire(s.kieBase.newKieSession(), facts, outcomes);
            case "stateless" -> {
                StatelessKieSession stateless = s.kieBase.newStatelessKieSession();
                stateless.setGlobal("outcomes", outcomes);
                stateless.execute(facts);
            }
            default -> throw new IllegalArgumentException("session must be pooled, fresh or stateless: " + s.session);
        }
        return outcomes.verdicts().size();
    }

    private static void fire(KieSession session, List<Object> facts, Outcomes outcomes) {
        try {
            session.setGlobal("outcomes", outcomes);
            for (Object f : facts) {
                session.insert(f);
            }
            session.fireAllRules();
        } finally {
            session.dispose();
        }
    }
}
