package io.djcheck.cli;

import io.djcheck.Checker;
import io.djcheck.ingest.DocumentException;
import io.djcheck.result.CheckResult;
import io.djcheck.result.Finding;
import io.djcheck.engine.MessageTemplate;
import io.djcheck.pack.PackInfo;
import io.djcheck.pack.PackProblem;
import io.djcheck.pack.RulePackWatcher;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * {@code djcheck check --watch}: after the first check, waits for edits of the rule pack folder,
 * reloads the pack in the background and re-checks the same reports, printing what the edit
 * changed — score and grade, and each finding whose status or message moved — rather than every
 * report again. A broken edit prints its problems and keeps the last good pack; fixing the files
 * and saving again picks up from there. Runs until interrupted (Ctrl-C).
 */
final class CheckWatch {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Console console;
    private final Checker checker;
    private final Path packDir;
    private final List<Path> files;
    private final Map<Path, CheckResult> last = new LinkedHashMap<>();

    CheckWatch(Console console, Checker checker, Path packDir, List<Path> files) {
        this.console = console;
        this.checker = checker;
        this.packDir = packDir;
        this.files = files;
    }

    /** Watches until the thread is interrupted; returns the exit code. */
    int run() {
        BlockingQueue<Checker.Reload> reloads = new LinkedBlockingQueue<>();
        checkAll();                                          // the baseline the changes are measured from
        PrintWriter out = console.out();
        Interrupts.handled();                                // Ctrl-C is how a watch ends: nothing to say
        try (RulePackWatcher ignored = RulePackWatcher.watch(packDir, () -> reloads.add(checker.reload()))) {
            // said once the folder is watched, so that an edit saved after this line is never missed
            out.println(console.text("watch.watching", packDir));
            out.flush();
            boolean invalid = false;                         // the last edit made the pack invalid
            while (!Thread.currentThread().isInterrupted()) {
                Checker.Reload reload = reloads.take();
                if (invalid && reload.status() != Checker.ReloadStatus.FAILED) {
                    // said also when the files went back to the pack still serving (UNCHANGED)
                    out.println();
                    out.println("== " + LocalTime.now().format(CLOCK) + " " + console.text("watch.valid-again",
                            reload.serving().id(), reload.serving().version()));
                }
                invalid = reload.status() == Checker.ReloadStatus.FAILED;
                switch (reload.status()) {
                    case RELOADED -> recheck(out, reload.serving());
                    case FAILED -> refused(out, reload);
                    case UNCHANGED -> { }                     // a save without change: nothing more to say
                    default -> throw new IllegalStateException("unknown reload status " + reload.status());
                }
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCode.OK;
    }

    private Map<Path, CheckResult> checkAll() {
        Map<Path, CheckResult> previous = new LinkedHashMap<>(last);
        for (Path f : files) {
            try {
                last.put(f, checker.check(f));
            } catch (DocumentException e) {
                last.remove(f);                              // reported on the first run already
            }
        }
        return previous;
    }

    private void recheck(PrintWriter out, PackInfo pack) {
        out.println();
        out.println("== " + LocalTime.now().format(CLOCK) + " " + console.messages().count("watch.reloaded", files.size(),
                pack.id(), pack.version(), pack.sha256().substring(0, 12), files.size()));
        Map<Path, CheckResult> before = checkAll();
        for (Map.Entry<Path, CheckResult> e : last.entrySet()) {
            changes(out, before.get(e.getKey()), e.getValue());
        }
    }

    private void changes(PrintWriter out, CheckResult before, CheckResult now) {
        String score = MessageTemplate.format(now.score()) + " " + now.gradeLabel();
        String was = before == null ? null : MessageTemplate.format(before.score()) + " " + before.gradeLabel();
        out.println(now.source() + "  " + (was == null || was.equals(score) ? score : was + " → " + score));
        int changed = 0;
        for (Finding f : now.findings()) {
            Finding old = before == null ? null : before.finding(f.ruleId()).orElse(null);
            if (old == null) {
                out.println("  + " + f.ruleId() + " " + f.title() + "  " + f.status() + "  " + f.message());
                changed++;
            } else if (old.status() != f.status() || !old.message().equals(f.message())) {
                out.println("  ~ " + f.ruleId() + " " + f.title() + "  "
                        + (old.status() == f.status() ? f.status() : old.status() + " → " + f.status()) + "  " + f.message());
                changed++;
            }
        }
        if (before != null) {
            for (Finding f : before.findings()) {
                if (now.finding(f.ruleId()).isEmpty()) {
                    out.println("  - " + f.ruleId() + " " + f.title() + "  " + console.text("watch.rule-removed"));
                    changed++;
                }
            }
        }
        if (changed == 0) {
            out.println("  " + console.text("watch.no-change"));
        }
    }

    private void refused(PrintWriter out, Checker.Reload reload) {
        List<PackProblem> problems = reload.problems();
        out.println();
        out.println("== " + LocalTime.now().format(CLOCK) + " " + console.text("watch.invalid", reload.serving().id(),
                reload.serving().version(), Objects.requireNonNull(reload.serving().sha256()).substring(0, 12)));
        out.println(console.messages().count("lint.errors", problems.size(), problems.size()));
        problems.forEach(p -> out.println(ProblemText.of(p, console.messages())));
        out.println(console.text("watch.fix"));
    }
}
