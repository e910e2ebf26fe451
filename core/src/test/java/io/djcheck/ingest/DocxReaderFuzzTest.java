package io.djcheck.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.djcheck.model.Document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mutated Word documents are read or refused with a {@link DocumentException}. A zip's checksums
 * stop byte mutations at the archive, so the input's first byte picks the part it replaces in a
 * numbered .docx — the body, the list definitions or the styles, as XML the fuzzer can mutate —
 * and past those, the rest of the input is a whole file. Inputs: {@code DocxReaderFuzzTestInputs/}.
 */
class DocxReaderFuzzTest {

    static final List<String> PARTS = List.of("word/document.xml", "word/numbering.xml", "word/styles.xml");

    private static final DocumentReader READER = new DocumentReader(ReadLimits.defaults().withMaxExpandedBytes(8L << 20));
    private static final Map<String, byte[]> SKELETON = parts(numberedReport());

    @FuzzTest
    void mutatedPart(byte[] input) {
        if (input.length == 0) {
            return;
        }
        byte[] rest = Arrays.copyOfRange(input, 1, input.length);
        int pick = input[0] & 0xFF;
        byte[] file = pick < PARTS.size() ? withPart(PARTS.get(pick), rest) : rest;
        try {
            Document doc = READER.read(file, "fuzz.docx");
            assertThat(doc.text()).isNotBlank();
        } catch (DocumentException expected) {
            assertThat(expected.getMessage()).startsWith("fuzz.docx: ").doesNotContain("\n");
        }
    }

    /** A report with every part a mutation may replace: a multilevel list on a heading style, a table. */
    static byte[] numberedReport() {
        try (TestDocx d = new TestDocx()) {
            BigInteger list = d.list(new String[] {"chineseCounting", "%1、"}, new String[] {"chineseCounting", "（%2）"},
                    new String[] {"decimal", "%3."});
            d.headingStyle("Heading1", list, 0);
            d.styled("Heading1", "履职工作情况");
            d.item(list, 1, "抓班子带队伍");
            d.text("全年召开党委会专题研究党建工作6次，新发展党员12名。");
            d.item(list, 2, "落实“三会一课”制度");
            d.styled("Heading1", "存在的问题");
            d.doc.createTable(2, 2).getRow(0).getCell(0).setText("村集体经济收入10万元以上的村8个");
            return d.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, byte[]> parts(byte[] docx) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                parts.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    private static byte[] withPart(String name, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            Map<String, byte[]> parts = new LinkedHashMap<>(SKELETON);
            parts.put(name, content);
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                zip.write(p.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
