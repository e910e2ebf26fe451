package io.djcheck.render;

import io.djcheck.result.ResultView;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;

/**
 * {@code --format docx --out letters.docx}: the {@link FeedbackLetter} of every report in one Word
 * document, each starting on a new page, so a handful of letters print in one go. The document is
 * built in memory; a batch writes one file per report instead ({@link FeedbackFolderWriter}). An input
 * that could not be checked gets no letter (nothing can be said of it); the batch's 汇总通报 lists it.
 */
final class DocxFeedbackWriter implements ResultWriter {

    private final OutputStream out;
    private final OfficialDocument doc = new OfficialDocument();
    private final FeedbackLetter letter;
    private int letters;

    DocxFeedbackWriter(OutputStream out, LocalDate date) {
        this.out = out;
        this.letter = new FeedbackLetter(date);
    }

    @Override
    public void accept(ResultView result) {
        letter.write(doc, result, letters++ > 0);
    }

    @Override
    public void acceptFailure(String source, String error) {
        // no letter for a report that was not read; the error is on stderr and in the other outputs
    }

    @Override
    public void close() throws IOException {
        try (out; var d = doc.document()) {
            if (letters == 0) {
                doc.body("没有完成检查的报告。");
            }
            d.write(out);
        }
    }
}
