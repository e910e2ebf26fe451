package io.djcheck.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The files of a rule pack, read from a folder on disk or from a folder on the classpath (inside a
 * jar too), and nothing more: loading and compiling them is {@link PackLoader}'s job. Immutable.
 *
 * <pre>{@code
 * RulePack pack = RulePack.fromClasspath("djcheck/rules/default");
 * RulePack edited = RulePack.fromDirectory(Path.of("my-rules")).withoutDrl();
 * RulePack yamlOnly = RulePack.fromClasspath("djcheck/rules/default").skippingDrl("no-drl setting");
 * }</pre>
 *
 * Layout: {@code pack.yaml}, {@code params.yaml}, {@code lexicon.yaml}, {@code scoring.yaml},
 * {@code rules/*.yaml}, {@code rules/*.drl}, {@code tests/*.yaml}.
 */
public final class RulePack {

    /** The files a checker loads; their content makes up the pack's hash. */
    public static final List<String> TOP_FILES = List.of("pack.yaml", "params.yaml", "lexicon.yaml", "scoring.yaml");

    private final String name;
    private final Source source;
    private final Map<String, byte[]> files;   // relative path with '/' → content, sorted
    private final boolean drlEnabled;
    private final String drlSkippedBecause;    // non-null: DRL rules are read for their metadata but not run

    /** Where a pack came from, so that it can be read again on reload. */
    private sealed interface Source permits DirectorySource, ClasspathSource, MemorySource {
    }

    private record DirectorySource(Path dir) implements Source {
    }

    private record ClasspathSource(String folder, ClassLoader loader) implements Source {
    }

    private record MemorySource() implements Source {
    }

    private RulePack(String name, Source source, Map<String, byte[]> files, boolean drlEnabled) {
        this(name, source, files, drlEnabled, null);
    }

    private RulePack(String name, Source source, Map<String, byte[]> files, boolean drlEnabled,
                     String drlSkippedBecause) {
        this.name = name;
        this.source = source;
        this.files = files;
        this.drlEnabled = drlEnabled;
        this.drlSkippedBecause = drlSkippedBecause;
    }

    /** Reads every file of the pack in {@code dir}. */
    public static RulePack fromDirectory(Path dir) {
        Objects.requireNonNull(dir, "dir");
        if (!Files.isDirectory(dir)) {
            throw new RulePackException(dir.toString(), List.of(new PackProblem(dir.toString(), 0, 0, "no-pack",
                    "rule pack folder " + dir + " does not exist or is not a folder; give a folder holding pack.yaml")));
        }
        return new RulePack(dir.toString(), new DirectorySource(dir), readTree(dir), true);
    }

    /** Reads the pack in classpath folder {@code folder} (e.g. {@code djcheck/rules/default}). */
    public static RulePack fromClasspath(String folder) {
        return fromClasspath(folder, RulePack.class.getClassLoader());
    }

    public static RulePack fromClasspath(String folder, ClassLoader loader) {
        String f = folder.replaceAll("^/+|/+$", "");
        URL marker = loader.getResource(f + "/pack.yaml");
        if (marker == null) {
            throw new RulePackException("classpath:" + f, List.of(new PackProblem("classpath:" + f + "/pack.yaml", 0, 0,
                    "no-pack", "no rule pack on the classpath at " + f + "; is djcheck-rules on the classpath?")));
        }
        try {
            URI uri = marker.toURI();
            Map<String, byte[]> files;
            if ("jar".equals(uri.getScheme())) {
                files = readJarFolder(marker, f);
            } else {
                files = readTree(Path.of(uri).getParent());
            }
            return new RulePack("classpath:" + f, new ClasspathSource(f, loader), files, true);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("unreadable classpath location of " + f + ": " + marker, e);
        }
    }

    /** A pack held in memory, for tests and generated packs: path → file content. */
    public static RulePack of(String name, Map<String, String> files) {
        Map<String, byte[]> m = new TreeMap<>();
        files.forEach((k, v) -> m.put(k, v.getBytes(StandardCharsets.UTF_8)));
        return new RulePack(name, new MemorySource(), m, true);
    }

    /**
     * The pack's files in a jar, read through the jar's own {@link JarFile}: its directory is already in
     * memory (the class loader read it), where a zip file system would read and index all of it again —
     * measured, about 0.1 s of a one-file check's start-up for the 32,000 entries of djcheck.jar.
     */
    private static Map<String, byte[]> readJarFolder(URL marker, String folder) {
        String prefix = folder + "/";
        Map<String, byte[]> files = new TreeMap<>();
        try {
            JarURLConnection connection = (JarURLConnection) marker.openConnection();
            connection.setUseCaches(false);                  // a JarFile of our own, closed below
            try (JarFile jar = connection.getJarFile()) {
                for (JarEntry e : (Iterable<JarEntry>) jar.stream()::iterator) {
                    String rel = e.getName().startsWith(prefix) ? e.getName().substring(prefix.length()) : null;
                    if (rel != null && !e.isDirectory() && isPackFile(rel)) {
                        try (InputStream in = jar.getInputStream(e)) {
                            files.put(rel, in.readAllBytes());
                        }
                    }
                }
            }
        } catch (IOException | ClassCastException e) {
            throw new UncheckedIOException("cannot open " + marker + " to read rule pack " + folder,
                    e instanceof IOException io ? io : new IOException(e));
        }
        return files;
    }

    private static Map<String, byte[]> readTree(Path dir) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (isPackFile(rel)) {
                    files.put(rel, Files.readAllBytes(p));
                }
            }
        } catch (NoSuchFileException e) {
            throw new RulePackException(dir.toString(), List.of(new PackProblem(dir.toString(), 0, 0, "no-pack",
                    "rule pack folder " + dir + " disappeared while it was read")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule pack " + dir + ": " + e.getMessage(), e);
        }
        return files;
    }

    private static boolean isPackFile(String rel) {
        if (rel.startsWith(".") || rel.contains("/.")) {
            return false;                                    // editor swap files, .git
        }
        return TOP_FILES.contains(rel)
                || (rel.startsWith("rules/") && (rel.endsWith(".yaml") || rel.endsWith(".yml") || rel.endsWith(".drl")))
                || (rel.startsWith("tests/") && (rel.endsWith(".yaml") || rel.endsWith(".yml")));
    }

    /** The same pack, read again from where it came from (for reload). */
    public RulePack reread() {
        RulePack fresh = this;
        if (source instanceof DirectorySource d) {
            fresh = fromDirectory(d.dir());
        } else if (source instanceof ClasspathSource c) {
            fresh = fromClasspath(c.folder(), c.loader());
        }
        if (drlSkippedBecause != null) {
            return fresh.skippingDrl(drlSkippedBecause);
        }
        return fresh.drlEnabled == drlEnabled ? fresh : fresh.withDrl(drlEnabled);
    }

    /** The same files, to be loaded with DRL rules refused (for packs from less-trusted editors). */
    public RulePack withoutDrl() {
        return withDrl(false);
    }

    public RulePack withDrl(boolean enabled) {
        return new RulePack(name, source, files, enabled);
    }

    /**
     * The same files, checked without running their DRL rules, where {@link #withoutDrl()} refuses
     * the pack: each DRL rule is read for its metadata only (no DRL is compiled) and gets an ERROR
     * finding saying it did not run, which deducts nothing. {@code because} says who turned DRL off,
     * in the caller's terms (a setting or option name); it ends the finding's message.
     */
    public RulePack skippingDrl(String because) {
        return new RulePack(name, source, files, false, Objects.requireNonNull(because, "because"));
    }

    public boolean drlEnabled() {
        return drlEnabled;
    }

    /** Why DRL rules are skipped rather than run or refused, when they are ({@link #skippingDrl}). */
    public java.util.Optional<String> drlSkippedBecause() {
        return java.util.Optional.ofNullable(drlSkippedBecause);
    }

    /** Where the pack came from: a folder path or {@code classpath:folder}. */
    public String name() {
        return name;
    }

    /** The folder on disk the pack was read from, if it was. */
    public java.util.Optional<Path> directory() {
        return source instanceof DirectorySource d ? java.util.Optional.of(d.dir()) : java.util.Optional.empty();
    }

    /** Relative paths of all files, sorted. */
    public List<String> paths() {
        return List.copyOf(files.keySet());
    }

    public boolean has(String path) {
        return files.containsKey(path);
    }

    /** The file's text (UTF-8), or null when the pack has no such file. */
    public String text(String path) {
        byte[] b = files.get(path);
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    /** Rule files, sorted: {@code rules/*.yaml} and {@code rules/*.drl}. */
    public List<String> ruleFiles() {
        return files.keySet().stream().filter(p -> p.startsWith("rules/")).toList();
    }

    public List<String> testFiles() {
        return files.keySet().stream().filter(p -> p.startsWith("tests/")).toList();
    }

    /**
     * SHA-256 over the files a checker loads (everything but tests), each as its path, a zero byte
     * and its content, in path order: the same files give the same hash wherever they are read from.
     */
    public String sha256() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                if (e.getKey().startsWith("tests/")) {
                    continue;
                }
                md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(e.getValue());
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "RulePack[" + name + ", " + files.size() + " files" + (drlEnabled ? "" : drlSkippedBecause != null ? ", DRL skipped" : ", DRL disabled") + "]";
    }
}
