package io.djcheck.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.djcheck.model.Document;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mutated PDFs are read or refused with a {@link DocumentException}: PDFBox is lenient, so byte
 * mutations of the seeds (small ones with uncompressed page content, and a converted report) reach
 * the parser, the text stripper and djcheck's line assembly. Inputs: {@code PdfReaderFuzzTestInputs/}.
 */
class PdfReaderFuzzTest {

    private static final DocumentReader READER = new DocumentReader(ReadLimits.defaults()
            .withMaxPages(50).withMaxExpandedBytes(8L << 20));

    @FuzzTest
    void mutatedPdf(byte[] input) {
        try {
            Document doc = READER.read(input, "fuzz.pdf");
            assertThat(doc.text()).isNotBlank();
        } catch (DocumentException expected) {
            assertThat(expected.getMessage()).startsWith("fuzz.pdf: ").doesNotContain("\n");
        }
    }
}
