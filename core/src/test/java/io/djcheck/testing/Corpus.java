package io.djcheck.testing;

import io.djcheck.pack.RulePack;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Test access to the repository's data: the bundled seed reports (examples/reports), their gold
 * annotations (corpus/gold), the same reports in other formats (corpus/formats) and the default
 * rule pack as files on disk. Found by walking up from the working directory to the repo root, so
 * every module's tests read the one copy.
 */
public final class Corpus {

    private Corpus() {
    }

    public static Path root() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null) {
            if (Files.isDirectory(p.resolve("examples/reports")) && Files.isDirectory(p.resolve("corpus/gold"))) {
                return p;
            }
            p = p.getParent();
        }
        throw new IllegalStateException("cannot find the repository root (examples/reports) above "
                + Path.of("").toAbsolutePath());
    }

    public static Path seeds() {
        return root().resolve("examples/reports");
    }

    public static Path gold() {
        return root().resolve("corpus/gold");
    }

    public static Path formats() {
        return root().resolve("corpus/formats");
    }

    public static Path defaultPackDir() {
        return root().resolve("rules/src/main/resources/djcheck/rules/default");
    }

    /** Copies the default pack's files into {@code target}, for tests that edit a pack as a user would. */
    public static void copyDefaultPack(Path target) {
        Path source = defaultPackDir();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RulePack defaultPack() {
        return RulePack.fromDirectory(defaultPackDir());
    }

    /** The seed report files, sorted by name. */
    public static List<Path> seedFiles() {
        try (Stream<Path> s = Files.list(seeds())) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path seed(String prefix) {
        return seedFiles().stream().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no seed report starting with " + prefix));
    }

    /** A YAML test file (gold annotations, fragments) as maps and lists, read with safe loading. */
    public static Map<String, Object> yaml(Path p) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(read(p));
    }

    public static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
