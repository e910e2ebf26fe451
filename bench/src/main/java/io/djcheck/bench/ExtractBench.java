package io.djcheck.bench;

import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.tokenizer.SpeedTokenizer;
import com.hankcs.hanlp.tokenizer.StandardTokenizer;
import io.djcheck.model.Report;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Extraction: report text to facts. djcheck's whole extraction (normalise, one Aho-Corasick pass,
 * numbers, sections, context, quality scans) against what general NLP must at least pay before any
 * fact is found: HanLP's standard segmentation (Viterbi over the core dictionary, HanLP's defaults)
 * of the same text, and HanLP's fastest one (dictionary maximum matching) for reference.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar ExtractBench} (one report per call, the seeds
 * in turn; {@code -p input=generated} for varied reports).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@State(Scope.Benchmark)
public class ExtractBench {

    /** Loads HanLP's dictionaries and models before measuring (the first call takes seconds). */
    @Setup(Level.Trial)
    public void loadHanlp() {
        StandardTokenizer.segment("党委会专题研究党建工作4次");
        SpeedTokenizer.segment("党委会专题研究党建工作4次");
    }

    /** djcheck: text to Report. */
    @Benchmark
    public Report djcheck(States.Texts texts, States.Djcheck djcheck, States.Cursor cursor) {
        return djcheck.extractor.extract(texts.documents[cursor.next(texts.size())]);
    }

    /** HanLP portable 1.8.6 standard segmentation ({@code HanLP.segment}), the peer of the target. */
    @Benchmark
    public List<Term> hanlpStandard(States.Texts texts, States.Cursor cursor) {
        return StandardTokenizer.segment(texts.texts[cursor.next(texts.size())]);
    }

    /** HanLP's fastest segmenter, for reference: what the cheapest general tokenisation costs. */
    @Benchmark
    public List<Term> hanlpSpeed(States.Texts texts, States.Cursor cursor) {
        return SpeedTokenizer.segment(texts.texts[cursor.next(texts.size())]);
    }
}
