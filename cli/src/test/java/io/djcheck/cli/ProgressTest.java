package io.djcheck.cli;

import io.djcheck.testing.Corpus;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The batch progress bar: drawn on stderr for a person at a terminal, with the count once the inputs are counted. */
class ProgressTest {

    private static Console console(ByteArrayOutputStream err, boolean terminal) {
        return new Console(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, terminal, System.in).speaking(Messages.of(Lang.EN));
    }

    @Test
    void aTerminalGetsABarWithCountAndRate() throws InterruptedException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> paths = List.of(Corpus.seeds().toString());
        try (Progress p = Progress.start(console(err, true), true, paths, List.of(), List.of())) {
            Thread.sleep(400);                               // the background count of the 5 seeds
            for (int i = 0; i < 5; i++) {
                p.step();
            }
        }
        String drawn = err.toString(StandardCharsets.UTF_8);
        assertThat(drawn).contains("djcheck", "5/5 reports", "reports/s");
    }

    @Test
    void nothingIsDrawnWhenNobodyWatches() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Progress p = Progress.start(console(err, false), false, List.of(Corpus.seeds().toString()), List.of(), List.of())) {
            p.step();
        }
        assertThat(err.size()).isZero();
    }
}
