package io.djcheck.testing;

import io.djcheck.pack.RulePack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Rule packs for tests: the default pack's files (read from disk, so core's tests need no
 * djcheck-rules jar), edited in memory or copied to a folder.
 */
public final class Packs {

    private Packs() {
    }

    /** The default pack's files: relative path → text. */
    public static Map<String, String> defaultFiles() {
        Path dir = Corpus.defaultPackDir();
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The default pack with some files replaced, added or (with a null text) removed. */
    public static RulePack defaultWith(Map<String, String> edits) {
        Map<String, String> files = defaultFiles();
        edits.forEach((path, text) -> {
            if (text == null) {
                files.remove(path);
            } else {
                files.put(path, text);
            }
        });
        return RulePack.of("test-pack", files);
    }

    /** Copies the default pack into {@code dir} (which may exist) and returns it. */
    public static Path copyDefault(Path dir) {
        try {
            for (Map.Entry<String, String> e : defaultFiles().entrySet()) {
                Path target = dir.resolve(e.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }
}
