package io.djcheck.render;

import io.djcheck.result.ResultView;
import io.djcheck.similar.DuplicateCluster;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Receives the results of a run one by one, in input order, and writes them in one format. Opening
 * a writer ({@link ResultFormat#open}) starts the document, each {@code accept} adds one report (a
 * result, or an input that could not be checked, with its error), {@link #close()} finishes it.
 * Streaming formats (text, JSONL, CSV, XLSX) hold nothing back, so a batch of any size is written
 * in constant memory.
 *
 * <pre>{@code
 * try (ResultWriter out = ResultFormat.XLSX.open(Path.of("results.xlsx"), ResultFormat.Options.DEFAULT)) {
 *     for (Path p : files) {
 *         try {
 *             out.accept(checker.check(p));
 *         } catch (DocumentException e) {
 *             out.acceptFailure(p.toString(), e.getMessage());
 *         }
 *     }
 * }
 * }</pre>
 *
 * Not thread-safe: one thread feeds a writer.
 */
public interface ResultWriter extends Closeable {

    /** Adds the result of one report. */
    void accept(ResultView result) throws IOException;

    /**
     * The part of writing {@code result} that needs no other result (rendering a per-report document):
     * may be called from any thread, ahead of {@link #accept(ResultView, Object)} and in parallel for
     * several results — a batch calls it on its workers, so the one thread that writes in order only
     * stores what was made. Returns what {@code accept} then writes; null (the default) when there is
     * nothing to do ahead.
     */
    default Object prepare(ResultView result) throws IOException {
        return null;
    }

    /** Adds the result of one report with what {@link #prepare} made of it (null: made nothing, or was not called). */
    default void accept(ResultView result, Object prepared) throws IOException {
        accept(result);
    }

    /** Adds an input that could not be checked, with the reason (a row with its error). */
    void acceptFailure(String source, String error) throws IOException;

    /**
     * Adds the clusters of copied reports a batch found, once, after the last result and before
     * {@link #close()}. Formats with no place for them ignore them.
     */
    default void acceptDuplicates(List<DuplicateCluster> clusters) throws IOException {
    }

    /** Finishes the document and releases what the writer holds (temporary files, the output). */
    @Override
    void close() throws IOException;
}
