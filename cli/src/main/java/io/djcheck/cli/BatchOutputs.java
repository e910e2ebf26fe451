package io.djcheck.cli;

import io.djcheck.render.ResultFormat;
import io.djcheck.render.ResultWriter;
import io.djcheck.result.ResultView;
import io.djcheck.similar.DuplicateCluster;
import io.djcheck.similar.DuplicateJson;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The tables and pages a batch writes beside its results.jsonl in {@code --out DIR}: summary.csv
 * with findings.csv, summary.xlsx, report.html, the Word letters in feedback/ with 汇总通报.docx,
 * duplicates.jsonl with the clusters of copied reports
 * (and results.json or results.txt when asked for). Each is written under a {@code .part} name and
 * renamed when complete, so a file with the real name is always whole (feedback/ is replaced whole);
 * after an interrupted run, {@code --resume} writes them again, complete. The names are fixed, and
 * a letter's name is made safe: nothing an input is called can place a file outside the folder.
 */
final class BatchOutputs implements Closeable {

    /** The file each format writes in the folder (CSV writes two). */
    static final Map<ResultFormat, String> NAMES = Map.of(
            ResultFormat.CSV, "summary.csv", ResultFormat.XLSX, "summary.xlsx", ResultFormat.HTML, "report.html",
            ResultFormat.JSON, "results.json", ResultFormat.TEXT, "results.txt");
    static final String FINDINGS_CSV = "findings.csv";
    static final String RESULTS_JSONL = "results.jsonl";
    /** DOCX: the letters' folder and the county summary beside it. */
    static final String FEEDBACK_DIR = "feedback";
    static final String COUNTY_SUMMARY = "汇总通报.docx";
    static final String DUPLICATES_JSONL = "duplicates.jsonl";

    /** What a folder gets when --format is not given: everything a reviewer opens. */
    static final Set<ResultFormat> DEFAULT = EnumSet.of(ResultFormat.CSV, ResultFormat.XLSX, ResultFormat.HTML,
            ResultFormat.DOCX);

    private final List<ResultWriter> writers = new ArrayList<>();
    private final Map<Path, Path> parts = new LinkedHashMap<>();   // .part -> final name

    BatchOutputs(Path dir, Set<ResultFormat> formats) throws IOException {
        try {
            for (ResultFormat f : formats) {
                if (f == ResultFormat.JSONL) {
                    continue;                                // results.jsonl is always written, by ResultsLog
                }
                if (f == ResultFormat.DOCX) {
                    Path letters = part(dir.resolve(FEEDBACK_DIR));
                    deleteTree(letters);                     // left by a run that crashed: its letters are not this run's
                    writers.add(ResultFormat.feedback(letters, part(dir.resolve(COUNTY_SUMMARY))));
                    continue;
                }
                Path target = dir.resolve(NAMES.get(f));
                if (f == ResultFormat.CSV) {
                    writers.add(ResultFormat.csv(part(target), part(dir.resolve(FINDINGS_CSV))));
                } else {
                    writers.add(f.open(part(target), ResultFormat.Options.DEFAULT));
                }
            }
        } catch (IOException | RuntimeException e) {
            abandon();
            throw e;
        }
    }

    private Path part(Path target) {
        Path part = target.resolveSibling(target.getFileName() + ".part");
        parts.put(part, target);
        return part;
    }

    /** The files written, by their final names. */
    List<Path> files() {
        return List.copyOf(parts.values());
    }

    void accept(ResultView r) throws IOException {
        for (ResultWriter w : writers) {
            w.accept(r);
        }
    }

    /** What each writer can make of {@code r} ahead of its turn ({@link ResultWriter#prepare}); called from the workers. */
    List<Object> prepare(ResultView r) throws IOException {
        List<Object> made = new ArrayList<>(writers.size());
        for (ResultWriter w : writers) {
            made.add(w.prepare(r));
        }
        return made;
    }

    /** Adds {@code r} to every output with what {@link #prepare} made of it, writer by writer. */
    void accept(ResultView r, List<Object> prepared) throws IOException {
        for (int i = 0; i < writers.size(); i++) {
            writers.get(i).accept(r, prepared.get(i));
        }
    }

    void acceptFailure(String source, String error) throws IOException {
        for (ResultWriter w : writers) {
            w.acceptFailure(source, error);
        }
    }

    /**
     * Writes duplicates.jsonl (one line per cluster of copied reports; empty when there is none) and
     * hands the clusters to the summaries that show them (summary.xlsx, report.html).
     */
    void acceptDuplicates(Path dir, List<DuplicateCluster> clusters) throws IOException {
        Path part = part(dir.resolve(DUPLICATES_JSONL));
        try (Writer w = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
            for (DuplicateCluster c : clusters) {
                w.write(DuplicateJson.toJsonLine(c));
                w.write('\n');
            }
        }
        for (ResultWriter writer : writers) {
            writer.acceptDuplicates(clusters);
        }
    }

    /** Finishes every file and gives it its real name. */
    @Override
    public void close() throws IOException {
        IOException first = null;
        for (ResultWriter w : writers) {
            try {
                w.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        writers.clear();
        if (first != null) {
            abandon();
            throw first;
        }
        for (Map.Entry<Path, Path> e : parts.entrySet()) {
            if (Files.isDirectory(e.getValue())) {
                deleteTree(e.getValue());                    // the letters of an earlier run give way to this run's
            }
            Files.move(e.getKey(), e.getValue(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private void abandon() {
        for (ResultWriter w : writers) {
            try {
                w.close();
            } catch (IOException ignored) {
                // the first problem is the one reported
            }
        }
        for (Path part : parts.keySet()) {
            try {
                deleteTree(part);
            } catch (IOException ignored) {
                // a stray .part file is harmless; the real names were never touched
            }
        }
    }

    /** Deletes a file, or a folder with what it holds; nothing when it is not there. */
    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }
}
