package io.djcheck.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files a command line names, found lazily so that a batch of any size starts at once and
 * never holds the whole list: a file is itself (whatever its name: the reader judges the content);
 * a folder is every report file under it, depth first, each folder's entries in name order; {@code -}
 * is one path per line from stdin (each a file or a folder). Only folders are filtered: by the
 * report suffixes, or by {@code --include} globs when given, minus {@code --exclude} globs. A glob
 * without {@code /} matches a file (or folder) name, one with {@code /} the path below the folder
 * given, e.g. {@code --include '*.docx' --exclude 'drafts/**'}.
 */
final class InputFiles implements Iterator<Path> {

    /** File name endings taken from folders. */
    static final Set<String> REPORT_SUFFIXES = Set.of(".txt", ".docx", ".doc", ".pdf", ".json", ".yaml", ".yml");

    /** A path given that yields nothing to check, with the reason. */
    record Problem(Path path, String key, List<Object> args) {
        Problem(Path path, String key, Object... args) {
            this(path, key, List.of(args));
        }

        /** What is wrong, in the console's language. */
        String message(Messages messages) {
            return messages.get(key, args.toArray());
        }
    }

    /** One glob of --include or --exclude. */
    record Glob(String pattern, PathMatcher matcher, boolean onName) {
        static Glob of(String pattern) {
            return new Glob(pattern, FileSystems.getDefault().getPathMatcher("glob:" + pattern), !pattern.contains("/"));
        }

        boolean matches(Path root, Path p) {
            return onName ? matcher.matches(p.getFileName()) : matcher.matches(root.relativize(p));
        }
    }

    /** A folder being walked: its root (for relative globs) and the entries still to visit. */
    private record Level(Path root, Iterator<Path> entries) {
    }

    private final Iterator<String> arguments;
    private final List<Glob> include;
    private final List<Glob> exclude;
    private final List<Problem> problems = new ArrayList<>();
    private final Deque<Level> walking = new ArrayDeque<>();
    private Path walkedRoot;
    private long foundUnderRoot;
    private Path next;

    private InputFiles(Iterator<String> arguments, List<String> include, List<String> exclude) {
        this.arguments = arguments;
        this.include = include.stream().map(Glob::of).toList();
        this.exclude = exclude.stream().map(Glob::of).toList();
    }

    /**
     * The files of {@code paths} (as given on the command line; {@code -} reads {@code stdin}).
     *
     * @throws UsageException for a glob that does not parse
     */
    static InputFiles of(List<String> paths, List<String> include, List<String> exclude, BufferedReader stdin) {
        try {
            return new InputFiles(new Arguments(paths, stdin), include, exclude);
        } catch (IllegalArgumentException e) {   // PatternSyntaxException
            throw new UsageException("usage.bad-glob", e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** Paths given that yielded nothing (empty folders, folders that could not be listed), so far. */
    List<Problem> problems() {
        return problems;
    }

    /** Every file, collected (for a handful of files, e.g. --watch). */
    List<Path> toList() {
        List<Path> all = new ArrayList<>();
        forEachRemaining(all::add);
        return all;
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (!walking.isEmpty()) {
                next = stepWalk();
                continue;
            }
            endRoot();
            if (!arguments.hasNext()) {
                return false;
            }
            Path p = Path.of(arguments.next());
            if (Files.isDirectory(p)) {
                walkedRoot = p;
                foundUnderRoot = 0;
                enter(p, p);
            } else {
                next = p;              // missing or unreadable files are reported by the reader, in order
            }
        }
        return true;
    }

    @Override
    public Path next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Path p = next;
        next = null;
        return p;
    }

    /** One step of the depth-first walk: the next report file, or null when this step found none. */
    private Path stepWalk() {
        Level level = walking.peek();
        if (!level.entries().hasNext()) {
            walking.pop();
            return null;
        }
        Path p = level.entries().next();
        if (excluded(level.root(), p)) {
            return null;
        }
        if (Files.isDirectory(p)) {
            if (!p.getFileName().toString().startsWith(".")) {
                enter(level.root(), p);                     // hidden folders (.git, .svn) hold no reports
            }
            return null;
        }
        if (Files.isRegularFile(p) && taken(level.root(), p)) {
            foundUnderRoot++;
            return p;
        }
        return null;
    }

    private void enter(Path root, Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            walking.push(new Level(root, s.sorted().toList().iterator()));
        } catch (IOException | UncheckedIOException e) {
            problems.add(new Problem(dir, "input.cannot-list", dir, String.valueOf(e.getMessage())));
        }
    }

    /** Reports a folder given on the command line that held no report file. */
    private void endRoot() {
        if (walkedRoot != null && foundUnderRoot == 0) {
            problems.add(new Problem(walkedRoot, exclude.isEmpty() ? "input.no-reports" : "input.no-reports-excluded",
                    walkedRoot, include.isEmpty() ? String.join(" ", REPORT_SUFFIXES.stream().sorted().toList())
                    : "--include " + String.join(" ", include.stream().map(Glob::pattern).toList()),
                    String.join(" ", exclude.stream().map(Glob::pattern).toList())));
        }
        walkedRoot = null;
    }

    private boolean excluded(Path root, Path p) {
        for (Glob g : exclude) {
            if (g.matches(root, p)) {
                return true;
            }
        }
        return false;
    }

    private boolean taken(Path root, Path p) {
        if (include.isEmpty()) {
            return isReportName(p);
        }
        for (Glob g : include) {
            if (g.matches(root, p)) {
                return true;
            }
        }
        return false;
    }

    static boolean isReportName(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith(".") || name.startsWith("~$")) {
            return false;                                   // hidden files and Word lock files
        }
        return REPORT_SUFFIXES.stream().anyMatch(name::endsWith);
    }

    /** The paths of the command line, with {@code -} replaced by the lines of stdin. */
    private static final class Arguments implements Iterator<String> {
        private final Iterator<String> given;
        private final BufferedReader stdin;
        private boolean readingStdin;
        private String next;

        Arguments(List<String> given, BufferedReader stdin) {
            this.given = given.iterator();
            this.stdin = stdin;
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (readingStdin) {
                    String line = readLine();
                    if (line == null) {
                        readingStdin = false;
                    } else if (!line.isBlank()) {
                        next = line.strip();
                    }
                } else if (!given.hasNext()) {
                    return false;
                } else {
                    String arg = given.next();
                    if (arg.equals("-")) {
                        readingStdin = true;
                    } else {
                        next = arg;
                    }
                }
            }
            return true;
        }

        @Override
        public String next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            String s = next;
            next = null;
            return s;
        }

        private String readLine() {
            try {
                return stdin.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the list of files from stdin: " + e.getMessage(), e);
            }
        }
    }
}
