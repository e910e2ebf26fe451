package io.djcheck.bench;

import io.djcheck.pack.RulePack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the benchmarks find their inputs: the seed reports (examples/reports) and the default
 * pack as files. The repository root is {@code -Ddjcheck.repo=DIR}, else found by walking up from
 * the working directory (JMH forks keep the working directory of bench/run.sh).
 *
 * <pre>{@code
 * List<Path> seeds = Repo.seedFiles();
 * RulePack pack = Repo.defaultPack();
 * }</pre>
 */
public final class Repo {

    private Repo() {
    }

    public static Path root() {
        String configured = System.getProperty("djcheck.repo");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("examples/reports")) && Files.isDirectory(p.resolve("rules/src/main/resources"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find the djcheck repository (examples/reports) above "
                + Path.of("").toAbsolutePath() + "; run from inside it or pass -Ddjcheck.repo=DIR");
    }

    /** The default pack's folder on disk (what a rule editor copies and edits). */
    public static Path defaultPackDir() {
        return root().resolve("rules/src/main/resources/djcheck/rules/default");
    }

    /** The default pack read from its files on disk. */
    public static RulePack defaultPack() {
        return RulePack.fromDirectory(defaultPackDir());
    }

    /** The seed reports, sorted by name. */
    public static List<Path> seedFiles() {
        try (Stream<Path> s = Files.list(root().resolve("examples/reports"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the seed reports: " + e.getMessage(), e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p + ": " + e.getMessage(), e);
        }
    }
}
