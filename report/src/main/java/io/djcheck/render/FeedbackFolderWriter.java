package io.djcheck.render;

import io.djcheck.result.ResultView;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;

/**
 * A batch's Word documents: one {@link FeedbackLetter} per report in folder {@code letters}, named
 * after the organisation (else the report's file; see {@link LetterFileNames}), each written whole as
 * its report comes in (rendered ahead by {@link #prepare}, on any thread), and on close the county's {@link CountySummary} (汇总通报) ranking them all.
 * Memory stays flat: a letter is dropped once written, the summary keeps one line per report.
 */
final class FeedbackFolderWriter implements ResultWriter {

    private final Path letters;
    private final Path summaryFile;
    private final LocalDate date;
    private final FeedbackLetter letter;
    private final LetterFileNames names = new LetterFileNames();
    private final CountySummary summary = new CountySummary();

    FeedbackFolderWriter(Path letters, Path summaryFile, LocalDate date) throws IOException {
        this.letters = Files.createDirectories(letters);
        this.summaryFile = summaryFile;
        this.date = date;
        this.letter = new FeedbackLetter(date);
    }

    @Override
    public void accept(ResultView result) throws IOException {
        accept(result, prepare(result));
    }

    /** The letter as the bytes of its .docx: rendering is most of a letter's cost and needs no other report. */
    @Override
    public byte[] prepare(ResultView result) throws IOException {
        OfficialDocument doc = new OfficialDocument();
        letter.write(doc, result, false);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 15);
        try (var d = doc.document()) {
            d.write(bytes);
        }
        return bytes.toByteArray();
    }

    @Override
    public void accept(ResultView result, Object prepared) throws IOException {
        byte[] docx = prepared instanceof byte[] b ? b : prepare(result);
        Path target = letters.resolve(names.next(Addressee.of(result)));
        Path part = target.resolveSibling(target.getFileName() + ".part");
        Files.write(part, docx);
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        summary.add(result);
    }

    @Override
    public void acceptFailure(String source, String error) {
        summary.addFailure(source, error);
    }

    @Override
    public void close() throws IOException {
        summary.write(Files.newOutputStream(summaryFile), date);
    }
}
