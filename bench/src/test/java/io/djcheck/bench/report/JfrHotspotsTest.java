package io.djcheck.bench.report;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class JfrHotspotsTest {

    private static final String POOL_THREAD = "ForkJoinPool-77-worker-1";

    /** Work a measured method hands to a pool thread is counted only when the pool's threads are named. */
    @Test
    void samplesOfNamedPoolThreadsCountWhenAsked(@TempDir Path dir) throws Exception {
        Path jfr = dir.resolve("pool.jfr");
        AtomicBoolean stop = new AtomicBoolean();
        Thread pool = new Thread(() -> spin(stop), POOL_THREAD);
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
            recording.start();
            pool.start();
            // wait on the condition, not a fixed time: a busy machine samples the thread later
            for (int attempt = 0; attempt < 600 && !sampled(recording, jfr); attempt++) {
                Thread.onSpinWait();
            }
            stop.set(true);
            pool.join();
            recording.dump(jfr);
        }

        String within = "io.djcheck.bench.NoSuchBench.measured";
        String withPool = JfrHotspots.markdown(jfr, within, Pattern.compile("ForkJoinPool.*"), "pool");
        String without = JfrHotspots.markdown(jfr, within, null, "pool");

        assertThat(withPool).doesNotStartWith("#### pool\n\n0 CPU samples")
                .contains("or on threads named `ForkJoinPool.*`")
                .contains("JfrHotspotsTest.spin");
        assertThat(without).contains("0 CPU samples inside `" + within + "` (JFR").doesNotContain("JfrHotspotsTest.spin");
    }

    private static boolean sampled(Recording recording, Path jfr) {
        try {
            recording.dump(jfr);
            for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
                if (e.getEventType().getName().equals("jdk.ExecutionSample") && e.getThread("sampledThread") != null
                        && POOL_THREAD.equals(e.getThread("sampledThread").getJavaName())) {
                    return true;
                }
            }
            return false;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long spin(AtomicBoolean stop) {
        long x = 0;
        while (!stop.get()) {
            for (int i = 0; i < 100_000; i++) {
                x += Long.rotateLeft(x ^ i, 7);
            }
        }
        return x;
    }
}
