package io.djcheck.batch;

import io.djcheck.Checker;
import io.djcheck.ingest.DocumentException;
import io.djcheck.model.Report;
import io.djcheck.similar.DuplicateCluster;
import io.djcheck.similar.DuplicateFinder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The copied reports of a batch: fed every {@link BatchItem} of a run, it keeps each report's
 * signature (not its text) and at the end gives the clusters of reports that share most of their
 * text, with the threshold of the checker's pack ({@value DuplicateFinder#SIMILARITY_PARAM} in
 * params.yaml, else {@value DuplicateFinder#DEFAULT_SIMILARITY_MIN}).
 *
 * <pre>{@code
 * DuplicateScan copies = DuplicateScan.of(checker);
 * runner.run(files, item -> { summary.add(item); copies.add(item); });
 * for (DuplicateCluster c : copies.clusters()) System.out.println(c.oldest().source() + " " + c.members().size());
 * }</pre>
 *
 * A report skipped as already checked (resuming) is read again for its text; a failed one is left out.
 */
public final class DuplicateScan {

    private final Checker checker;
    private final DuplicateFinder finder;

    private DuplicateScan(Checker checker, DuplicateFinder finder) {
        this.checker = checker;
        this.finder = finder;
    }

    /** A scan with the similarity threshold of {@code checker}'s parameters. */
    public static DuplicateScan of(Checker checker) {
        Double min = checker.params().get(DuplicateFinder.SIMILARITY_PARAM);
        return new DuplicateScan(checker, DuplicateFinder.builder()
                .similarityMin(min == null ? DuplicateFinder.DEFAULT_SIMILARITY_MIN : min).build());
    }

    /** Takes one item of a run: a checked report's text from its result, a skipped one's by reading the file. */
    public void add(BatchItem item) {
        add(item, sign(item));
    }

    /**
     * The signature of one item's text, or null for a failed item: the costly part of {@link #add},
     * safe to call from any thread (a batch's workers), so that only adding stays in input order.
     */
    public DuplicateFinder.Signature sign(BatchItem item) {
        Report report = switch (item.status()) {
            case CHECKED -> item.result().report();
            case SKIPPED -> read(item.path());
            case FAILED -> null;
        };
        return report == null || report.text() == null ? null : DuplicateFinder.sign(report.text(), organisation(report));
    }

    /** Takes one item of a run with its signature from {@link #sign} (null: nothing to compare). */
    public void add(BatchItem item, DuplicateFinder.Signature signature) {
        if (signature != null) {
            finder.add(item.source(), signature, modified(item.path()));
        }
    }

    /** The clusters of copies, largest first, each with the passages its oldest member shares with its closest copy. */
    public List<DuplicateCluster> clusters() {
        return finder.clusters(source -> {
            Report r = read(Path.of(source));
            return r == null || r.text() == null ? null : new DuplicateFinder.ReportText(r.text(), organisation(r));
        });
    }

    public double similarityMin() {
        return finder.similarityMin();
    }

    private Report read(Path path) {
        try {
            return checker.extract(path);
        } catch (DocumentException e) {
            return null;                                    // gone or changed since it was checked: no text to compare
        }
    }

    private static String organisation(Report r) {
        return r.organisation() == null ? null : r.organisation().name();
    }

    private static Instant modified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toInstant();
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }
}
