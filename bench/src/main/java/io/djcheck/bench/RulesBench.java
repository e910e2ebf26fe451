package io.djcheck.bench;

import io.djcheck.bench.peers.PeerResult;
import io.djcheck.engine.RuleOutcome;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The rule stage: extracted Report to one outcome per rule, all implementations given the same
 * Report objects (extracted before measuring). djcheck runs the whole default pack, and again only
 * the rules Easy Rules implements (mention, threshold and count rules), so the Easy Rules ratio
 * compares the same rules over the same facts.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar RulesBench}
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class RulesBench {

    /** djcheck, every rule of the default pack: a stateless session on the shared KieBase, messages, evidence. */
    @Benchmark
    public List<RuleOutcome> djcheck(States.Reports reports, States.Djcheck djcheck, States.Cursor cursor) {
        return djcheck.pack.compiled().evaluate(reports.reports[cursor.next(reports.reports.length)], djcheck.paramFacts);
    }

    /** djcheck compiled with only the rules the Easy Rules peer implements. */
    @Benchmark
    public List<RuleOutcome> djcheckSameRules(States.Reports reports, States.Djcheck djcheck, States.SameRules same,
                                              States.Cursor cursor) {
        return same.djcheckPack.compiled().evaluate(reports.reports[cursor.next(reports.reports.length)], djcheck.paramFacts);
    }

    /** Easy Rules 4.1, MVEL rules from YAML, over the same facts. */
    @Benchmark
    public PeerResult easyRules(States.Reports reports, States.SameRules same, States.Cursor cursor) {
        return same.easyRules.check(reports.reports[cursor.next(reports.reports.length)]);
    }
}
