package io.djcheck.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.djcheck.model.Document;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any bytes given as a report are read or refused with a {@link DocumentException}, never another
 * exception. In the plain build this replays the committed inputs in
 * {@code TextReaderFuzzTestInputs/anyBytes/}; {@code mvn -Pfuzz} fuzzes it (docs/reliability.md).
 */
class TextReaderFuzzTest {

    private static final DocumentReader READER = new DocumentReader(ReadLimits.defaults().withMaxBytes(1 << 20));

    @FuzzTest
    void anyBytes(byte[] bytes) {
        try {
            Input in = READER.readInput(bytes, "fuzz.txt");
            Document doc = in.document();
            assertThat(doc.sha256()).hasSize(64);
            assertThat(doc.text()).isNotNull();
        } catch (DocumentException expected) {
            assertThat(expected.getMessage()).startsWith("fuzz.txt: ").doesNotContain("\n");
        }
    }
}
