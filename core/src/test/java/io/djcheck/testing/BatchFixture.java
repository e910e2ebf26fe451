package io.djcheck.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder as reviewers receive it: {@code count} generated reports (the seeds with paragraphs
 * shuffled, figures changed, wording swapped) with three bad files mixed in among them — a
 * truncated .docx, an empty .txt and a PNG named .pdf. Names sort into input order.
 *
 * <pre>{@code
 * BatchFixture batch = BatchFixture.write(dir, 2000);
 * batch.files();      // every file, in name order
 * batch.bad();        // the three that cannot be checked
 * }</pre>
 */
public final class BatchFixture {

    private final List<Path> files;
    private final List<Path> bad;

    private BatchFixture(List<Path> files, List<Path> bad) {
        this.files = files;
        this.bad = bad;
    }

    public static BatchFixture write(Path dir, int count) {
        ReportGenerator generator = ReportGenerator.fromSeeds(ReportGenerator.DEFAULT_SEED);
        generator.write(dir, count);
        try {
            byte[] docx = Files.readAllBytes(Corpus.formats().resolve("001_a6f31e7c84c24bc8.docx"));
            Path corrupt = dir.resolve(generator.name(count / 3).replace(".txt", "-cut.docx"));
            Files.write(corrupt, Arrays.copyOf(docx, docx.length / 2));
            Path empty = dir.resolve(generator.name(count / 2).replace(".txt", "-empty.txt"));
            Files.write(empty, new byte[0]);
            Path image = dir.resolve(generator.name(2 * count / 3).replace(".txt", "-scan.pdf"));
            Files.write(image, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
            try (Stream<Path> s = Files.list(dir)) {
                return new BatchFixture(s.sorted().toList(), List.of(corrupt, empty, image));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the batch fixture into " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Every file of the folder, in name order. */
    public List<Path> files() {
        return files;
    }

    /** The truncated .docx, the empty file and the image, in name order. */
    public List<Path> bad() {
        return bad;
    }
}
