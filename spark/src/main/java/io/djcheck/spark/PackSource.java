package io.djcheck.spark;

import io.djcheck.pack.RulePack;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.SparkFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Finds the rule pack the job was given, on the driver: a folder or a {@code .zip} of one, on any
 * file system Hadoop reads (local, HDFS, S3A), or a name shipped with {@code spark-submit --files}
 * (found through {@link SparkFiles}). Its files then travel to the executors with the job.
 */
final class PackSource {

    private PackSource() {
    }

    static RulePack load(String spec, Configuration conf) {
        java.nio.file.Path local = java.nio.file.Path.of(spec.startsWith("file:") ? spec.substring(5) : spec);
        if (!spec.contains("://") && Files.isDirectory(local)) {
            return RulePack.fromDirectory(local);
        }
        try {
            Path path = new Path(spec);
            FileSystem fs = path.getFileSystem(conf);
            if (!fs.exists(path) && !spec.contains("/")) {
                String shipped = SparkFiles.get(spec);                 // spark-submit --files my-rules.zip
                if (Files.exists(java.nio.file.Path.of(shipped))) {
                    return load(shipped, conf);
                }
            }
            if (!fs.exists(path)) {
                throw new UsageException("--rules " + spec + ": no such rule pack folder or .zip");
            }
            FileStatus st = fs.getFileStatus(path);
            Map<String, String> files = st.isDirectory() ? readFolder(fs, path) : readZip(fs, path);
            if (!files.containsKey("pack.yaml")) {
                throw new UsageException("--rules " + spec + ": no pack.yaml in it; give a rule pack folder or a .zip of one");
            }
            return RulePack.of(spec, files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule pack " + spec + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> readFolder(FileSystem fs, Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        String root = fs.getFileStatus(dir).getPath().toUri().getPath();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
        while (it.hasNext()) {
            LocatedFileStatus f = it.next();
            String rel = f.getPath().toUri().getPath().substring(root.length()).replaceFirst("^/+", "");
            if (isPackFile(rel)) {
                try (FSDataInputStream in = fs.open(f.getPath())) {
                    files.put(rel, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }

    /** A zip of a pack folder: the files at its root, or in the one folder holding pack.yaml. */
    private static Map<String, String> readZip(FileSystem fs, Path zip) throws IOException {
        Map<String, String> all = new TreeMap<>();
        try (InputStream raw = fs.open(zip); ZipInputStream in = new ZipInputStream(raw, StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (!e.isDirectory()) {
                    all.put(e.getName().replace('\\', '/'), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        String prefix = all.keySet().stream().filter(n -> n.equals("pack.yaml") || n.endsWith("/pack.yaml"))
                .min((a, b) -> Integer.compare(a.length(), b.length()))
                .map(n -> n.substring(0, n.length() - "pack.yaml".length())).orElse("");
        Map<String, String> files = new TreeMap<>();
        all.forEach((name, text) -> {
            if (name.startsWith(prefix) && isPackFile(name.substring(prefix.length()))) {
                files.put(name.substring(prefix.length()), text);
            }
        });
        return files;
    }

    /** The files a pack folder holds (as RulePack.fromDirectory takes them). */
    static boolean isPackFile(String rel) {
        if (rel.startsWith(".") || rel.contains("/.")) {
            return false;
        }
        return RulePack.TOP_FILES.contains(rel)
                || (rel.startsWith("rules/") && (rel.endsWith(".yaml") || rel.endsWith(".yml") || rel.endsWith(".drl")))
                || (rel.startsWith("tests/") && (rel.endsWith(".yaml") || rel.endsWith(".yml")));
    }
}
