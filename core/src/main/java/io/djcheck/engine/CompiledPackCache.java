package io.djcheck.engine;

import io.djcheck.model.Internal;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.kie.api.definition.KiePackage;
import org.kie.internal.builder.KnowledgeBuilder;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Compiled rule packages kept on disk, so that a one-file run does not compile an unchanged pack
 * again: reading them back costs about 0.4× the CPU of compiling (Drools' parser, MVEL analysis
 * and the Java compiler for DRL consequences are skipped). An entry is named by the SHA-256 of the
 * DRL it was compiled from together with the build of djcheck and Drools that compiled it, so an
 * edited rule, a new djcheck or a new Drools never reads an old entry. Unreadable entries are
 * compiled again and replaced.
 *
 * <p>Off unless the system property {@value #DIRECTORY_PROPERTY} names a directory: the entries
 * are serialized Java objects, so only the user's own cache directory may hold them (the command
 * line uses {@code ~/.cache/djcheck}; servers and embedders compile in memory once anyway).
 */
@Internal
public final class CompiledPackCache {

    /** The system property naming the cache directory; unset or empty: no disk cache. */
    public static final String DIRECTORY_PROPERTY = "djcheck.compiledCache";

    /** Entries read back (for tests: a build that read the disk). */
    static final AtomicInteger READS = new AtomicInteger();

    /** DRL rule metadata read back instead of parsed (for tests). */
    static final AtomicInteger METADATA_READS = new AtomicInteger();

    private static final String BUILD = buildIdentity();

    private CompiledPackCache() {
    }

    /** The packages compiled from the DRL whose key is {@code drlKey}, or null when not cached or unreadable. */
    static Collection<KiePackage> read(String drlKey) {
        Path file = file(drlKey);
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file);
             ObjectInputStream objects = new DroolsObjectInputStream(in, RuleCompiler.class.getClassLoader())) {
            List<KiePackage> packages = new ArrayList<>();
            for (Object o : (List<?>) objects.readObject()) {
                packages.add((KiePackage) o);
            }
            READS.incrementAndGet();
            return packages;
        } catch (IOException | ClassNotFoundException | ClassCastException | LinkageError e) {
            forget(file);                    // damaged or from another build: compiled again and replaced
            return null;
        }
    }

    /** Keeps the packages compiled for the DRL whose key is {@code drlKey}; a failure only costs the next run a compile. */
    static void write(String drlKey, Collection<KiePackage> packages) {
        Path file = file(drlKey);
        if (file == null) {
            return;
        }
        writeWhole(file, out -> {
            ObjectOutputStream objects = new DroolsObjectOutputStream(out);
            objects.writeObject(new ArrayList<>(packages));
            objects.flush();
        });
    }

    /**
     * The rules of a DRL file as its parse gave them ({@link DrlRuleReader}), kept for the file's
     * exact text; null when not kept or unreadable. Plain strings and numbers, no Java objects.
     */
    static List<DrlRuleReader.ParsedRule> readRuleMetadata(String drl) {
        Path file = file("rule-metadata\n" + drl, "drl-", ".meta");
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            List<DrlRuleReader.ParsedRule> rules = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                String name = readString(in);
                int line = in.readInt();
                int column = in.readInt();
                Map<String, String> annotations = new LinkedHashMap<>();
                for (int a = in.readInt(); a > 0; a--) {
                    annotations.put(readString(in), readString(in));
                }
                List<String> params = new ArrayList<>();
                for (int q = in.readInt(); q > 0; q--) {
                    params.add(readString(in));
                }
                rules.add(new DrlRuleReader.ParsedRule(name, line, column, annotations, List.copyOf(params)));
            }
            if (in.read() != -1) {
                throw new IOException("trailing bytes");
            }
            METADATA_READS.incrementAndGet();
            return rules;
        } catch (IOException | RuntimeException e) {
            forget(file);                    // damaged: parsed again and replaced
            return null;
        }
    }

    /** Keeps the rules parsed from {@code drl}; a failure only costs the next run a parse. */
    static void writeRuleMetadata(String drl, List<DrlRuleReader.ParsedRule> rules) {
        Path file = file("rule-metadata\n" + drl, "drl-", ".meta");
        if (file == null) {
            return;
        }
        writeWhole(file, out -> {
            DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out));
            data.writeInt(rules.size());
            for (DrlRuleReader.ParsedRule r : rules) {
                writeString(data, r.name());
                data.writeInt(r.line());
                data.writeInt(r.column());
                data.writeInt(r.annotations().size());
                for (Map.Entry<String, String> e : r.annotations().entrySet()) {
                    writeString(data, e.getKey());
                    writeString(data, e.getValue());
                }
                data.writeInt(r.params().size());
                for (String param : r.params()) {
                    writeString(data, param);
                }
            }
            data.flush();
        });
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_STRING) {
            throw new IOException("bad length " + length);
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    /** Longest string a metadata entry may hold: more is a damaged entry. */
    private static final int MAX_STRING = 1 << 20;

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** Writes {@code file} whole or not at all: a run reading at the same time sees the old entry or the new one. */
    private static void writeWhole(Path file, Writer writer) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writer.write(out);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            // a read-only or full disk: the next run does the work again, as without the cache
        }
    }

    /** Whether compiled packs are kept on disk in this JVM. */
    static boolean enabled() {
        String dir = System.getProperty(DIRECTORY_PROPERTY);
        return dir != null && !dir.isBlank();
    }

    static void forget(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // it will fail to read again and be compiled again
        }
    }

    private static Path file(String drlKey) {
        return file(drlKey, "rules-", ".bin");
    }

    private static Path file(String key, String prefix, String suffix) {
        String dir = System.getProperty(DIRECTORY_PROPERTY);
        if (dir == null || dir.isBlank()) {
            return null;
        }
        return Path.of(dir, prefix + sha256(key + "\n" + BUILD) + suffix);
    }

    /** Which djcheck and Drools compiled an entry: their jars' (or class files') size and time. */
    private static String buildIdentity() {
        StringBuilder sb = new StringBuilder();
        for (Class<?> c : List.of(RuleCompiler.class, Selection.class, KnowledgeBuilder.class, DroolsObjectOutputStream.class)) {
            sb.append(c.getName()).append(' ').append(location(c)).append('\n');
        }
        return sb.toString();
    }

    private static String location(Class<?> c) {
        URL url = c.getResource(c.getSimpleName() + ".class");
        try {
            Path path;
            if (url == null) {
                return "?";
            } else if ("jar".equals(url.getProtocol())) {
                String s = url.getPath();
                path = Path.of(new URL(s.substring(0, s.indexOf("!/"))).toURI());
            } else if ("file".equals(url.getProtocol())) {
                path = Path.of(url.toURI());
            } else {
                return url.toString();
            }
            return path + " " + Files.size(path) + " " + Files.getLastModifiedTime(path).toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return url.toString();
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
