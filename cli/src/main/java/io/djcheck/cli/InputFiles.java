package io.djcheck.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands the paths given on the command line: a file is itself (whatever its name, the reader
 * judges the content); a folder is every report file under it, recursively, in name order.
 */
final class InputFiles {

    /** File name endings taken from folders. */
    static final Set<String> REPORT_SUFFIXES = Set.of(".txt", ".docx", ".doc", ".pdf", ".json", ".yaml", ".yml");

    /** A path given that yields nothing to check, with the reason. */
    record Problem(Path path, String message) {
    }

    private final List<Path> files = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    static InputFiles expand(List<Path> paths) {
        InputFiles in = new InputFiles();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> found = walk(p);
                if (found.isEmpty()) {
                    in.problems.add(new Problem(p, "no reports found in folder " + p + " (looked for "
                            + String.join(" ", REPORT_SUFFIXES.stream().sorted().toList()) + ")"));
                }
                in.files.addAll(found);
            } else {
                in.files.add(p);   // missing or unreadable files are reported by the reader, in order
            }
        }
        return in;
    }

    private static List<Path> walk(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(InputFiles::isReportName).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list folder " + dir + ": " + e.getMessage(), e);
        }
    }

    static boolean isReportName(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith(".") || name.startsWith("~$")) {
            return false;                                   // hidden files and Word lock files
        }
        return REPORT_SUFFIXES.stream().anyMatch(name::endsWith);
    }

    List<Path> files() {
        return files;
    }

    List<Problem> problems() {
        return problems;
    }
}
