package io.djcheck.bench;

import io.djcheck.bench.peers.PeerResult;
import io.djcheck.result.CheckResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The whole check of one report, text in, result out, on one thread. djcheck:
 * {@code Checker.check(text, name)} (hash, extraction, rules, messages, score). The naive Drools
 * peers get djcheck's extraction and the same DRL, then run it the tutorial way (a new KieContainer
 * and KieSession per report) or the better tutorial way (one container, a new session per report);
 * they stop at statuses, without messages or score.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar CheckBench}
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class CheckBench {

    @Benchmark
    public CheckResult djcheck(States.Texts texts, States.Djcheck djcheck, States.Cursor cursor) {
        int i = cursor.next(texts.size());
        return djcheck.checker.check(texts.texts[i], texts.names[i]);
    }

    /** Tutorial Drools: new KieContainer and KieSession per report. */
    @Benchmark
    public PeerResult naiveDrools(States.Texts texts, States.Djcheck djcheck, States.Drools drools,
                                  States.Cursor cursor) {
        int i = cursor.next(texts.size());
        return drools.drools.check(djcheck.extractor.extract(texts.documents[i]), djcheck.paramFacts);
    }

    /** Drools with the container built once and a new KieSession per report. */
    @Benchmark
    public PeerResult droolsSharedContainer(States.Texts texts, States.Djcheck djcheck, States.Drools drools,
                                            States.Cursor cursor) {
        int i = cursor.next(texts.size());
        return drools.drools.checkSharedContainer(djcheck.extractor.extract(texts.documents[i]), djcheck.paramFacts);
    }
}
