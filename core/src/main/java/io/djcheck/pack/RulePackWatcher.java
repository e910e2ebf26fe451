package io.djcheck.pack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches a rule pack folder and calls back once an edit has settled: a save that touches several
 * files, or an editor that writes a temporary file and renames it, gives one call after a quiet
 * {@code debounce} period, not one per file event. The callback runs on the watcher's own daemon
 * thread, so a rebuild there never holds up the checks being served.
 *
 * <pre>{@code
 * Checker checker = Checker.builder().rulePack(RulePack.fromDirectory(dir)).build();
 * try (RulePackWatcher watcher = RulePackWatcher.watch(dir, checker::reload)) {
 *     ... serve checks; edits to dir are picked up, broken edits leave the last good pack serving
 * }
 * }</pre>
 *
 * The pack folder and its subfolders (rules/, tests/) are watched; hidden files (editor swap files,
 * .git) are ignored. Uses {@link WatchService}: native events on Linux and Windows, polling (a few
 * seconds' delay) on macOS.
 */
public final class RulePackWatcher implements AutoCloseable {

    /** How long the folder must stay quiet after an event before the callback runs. */
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(300);

    private static final Logger LOG = LoggerFactory.getLogger(RulePackWatcher.class);
    private static final int MAX_DEPTH = 2;           // pack/rules/x.yaml

    private final Path dir;
    private final Duration debounce;
    private final Runnable onChange;
    private final WatchService watchService;
    private final Thread thread;
    private volatile boolean closed;

    private RulePackWatcher(Path dir, Duration debounce, Runnable onChange) throws IOException {
        this.dir = dir;
        this.debounce = debounce;
        this.onChange = onChange;
        this.watchService = FileSystems.getDefault().newWatchService();
        register();
        this.thread = new Thread(this::loop, "djcheck-pack-watcher " + dir.getFileName());
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Starts watching {@code dir} with the default debounce. */
    public static RulePackWatcher watch(Path dir, Runnable onChange) {
        return watch(dir, DEFAULT_DEBOUNCE, onChange);
    }

    /**
     * Starts watching {@code dir}; {@code onChange} runs after each settled edit.
     *
     * @throws UncheckedIOException when the folder cannot be watched (missing, not a folder)
     */
    public static RulePackWatcher watch(Path dir, Duration debounce, Runnable onChange) {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(onChange, "onChange");
        if (debounce.isNegative()) {
            throw new IllegalArgumentException("debounce must not be negative, got " + debounce);
        }
        if (!Files.isDirectory(dir)) {
            throw new UncheckedIOException(new IOException("cannot watch rule pack folder " + dir
                    + ": it does not exist or is not a folder"));
        }
        try {
            return new RulePackWatcher(dir.toAbsolutePath(), debounce, onChange);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch rule pack folder " + dir + ": " + e.getMessage(), e);
        }
    }

    public Path directory() {
        return dir;
    }

    private void loop() {
        try {
            while (!closed) {
                WatchKey key = watchService.take();
                boolean relevant = drain(key);
                // debounce: keep collecting until the folder has been quiet for a while
                WatchKey more;
                while ((more = watchService.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    relevant |= drain(more);
                }
                if (closed) {
                    return;
                }
                register();                        // folders created by the edit (a new rules/) are watched too
                if (relevant) {
                    try {
                        onChange.run();
                    } catch (RuntimeException e) {
                        LOG.warn("rule pack watcher callback for {} failed: {}", dir, e.toString(), e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // closed: done
        }
    }

    /** Takes the events of a key; true when one concerns a file that is not hidden. */
    private static boolean drain(WatchKey key) {
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                relevant = true;
            } else if (event.context() instanceof Path name && !isScratch(name.toString())) {
                relevant = true;
            }
        }
        key.reset();
        return relevant;
    }

    /** Editor and VCS scratch files: .x.swp, .#x, x~, 4913 (vim's write test), .git. */
    static boolean isScratch(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.equals("4913") || name.endsWith(".swp")
                || name.endsWith(".tmp");
    }

    private void register() {
        try (Stream<Path> dirs = Files.walk(dir, MAX_DEPTH)) {
            for (Path d : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                if (d.equals(dir) || !isScratch(d.getFileName().toString())) {
                    d.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                            StandardWatchEventKinds.ENTRY_DELETE);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("cannot watch all of rule pack folder {}: {}", dir, e.getMessage());
        } catch (ClosedWatchServiceException e) {
            // closing
        }
    }

    /** Stops watching; a callback already running finishes. */
    @Override
    public void close() {
        closed = true;
        try {
            watchService.close();
        } catch (IOException e) {
            LOG.debug("closing the watch service of {}: {}", dir, e.getMessage());
        }
        // no interrupt: closing the service wakes the thread, and a reload in progress may finish
    }
}
