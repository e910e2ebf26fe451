package io.djcheck.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The progress bar of a batch on stderr (count, rate, ETA), drawn only when a person watches a
 * terminal and {@code --quiet} is not given. The total is counted in the background, so checking
 * starts at once and the ETA appears when the count is known.
 */
final class Progress implements AutoCloseable {

    private static final Progress NONE = new Progress(null);

    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    /**
     * A bar for the files of {@code paths} (counted by a background walk unless they come from
     * stdin), or one that draws nothing.
     */
    static Progress start(Console console, boolean show, List<String> paths, List<String> include, List<String> exclude) {
        if (!show) {
            return NONE;
        }
        ProgressBar bar = new ProgressBarBuilder().setTaskName("djcheck").setInitialMax(-1)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).showSpeed()
                .setSpeedUnit(ChronoUnit.SECONDS).setUnit(console.text("progress.unit"), 1).setMaxRenderedLength(100)
                .setConsumer(new ConsoleProgressBarConsumer(console.errStream())).build();
        if (!paths.contains("-")) {
            Thread counter = new Thread(() -> {
                InputFiles all = InputFiles.of(paths, include, exclude, null);
                long n = 0;
                while (all.hasNext()) {
                    all.next();
                    n++;
                }
                bar.maxHint(n);
            }, "djcheck-progress-count");
            counter.setDaemon(true);
            counter.start();
        }
        return new Progress(bar);
    }

    void step() {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
