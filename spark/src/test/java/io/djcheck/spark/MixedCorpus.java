package io.djcheck.spark;

import io.djcheck.testing.Corpus;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A folder of mixed reports as an archive holds them: variants of the five sample reports (figures
 * changed, parts cut off, paragraphs dropped), the same reports as .docx, .pdf, .doc and GB18030 text,
 * a truncated .docx, a password-protected PDF and an empty file, in nested folders.
 */
final class MixedCorpus {

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private MixedCorpus() {
    }

    /** Writes the corpus into {@code dir}; returns the number of files written. */
    static int write(Path dir, int variantsPerSample) throws IOException {
        int n = 0;
        List<Path> seeds = Corpus.seedFiles();
        for (int s = 0; s < seeds.size(); s++) {
            String text = Files.readString(seeds.get(s));
            Path sub = Files.createDirectories(dir.resolve("county-" + s));
            for (int v = 0; v < variantsPerSample; v++) {
                Path folder = Files.createDirectories(sub.resolve("town-" + (v % 4)));
                Files.writeString(folder.resolve(String.format("r%d_%03d.txt", s, v)), variant(text, s * 1000 + v),
                        StandardCharsets.UTF_8);
                n++;
            }
        }
        Path formats = Files.createDirectories(dir.resolve("formats"));
        for (Path p : list(Corpus.formats())) {
            Files.copy(p, formats.resolve(p.getFileName()));
            n++;
        }
        for (Path p : list(Corpus.root().resolve("core/src/test/resources/formats"))) {
            Files.copy(p, formats.resolve("core-" + p.getFileName()));
            n++;
        }
        Path bad = Files.createDirectories(dir.resolve("bad"));
        byte[] docx = Files.readAllBytes(Corpus.formats().resolve("001_a6f31e7c84c24bc8.docx"));
        Files.write(bad.resolve("truncated.docx"), Arrays.copyOf(docx, docx.length / 3));
        Files.write(bad.resolve("encrypted.pdf"), encrypted(Corpus.formats().resolve("002_ff416a81c317345d.pdf")));
        Files.write(bad.resolve("empty.txt"), new byte[0]);
        return n + 3;
    }

    static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** A report as another organisation might have written it: other figures, a part missing, or a paragraph less. */
    static String variant(String text, long seed) {
        Random r = new Random(seed);
        String t = text;
        switch ((int) (seed % 4)) {
            case 0 -> { }                                             // the report as it is (a duplicate by content)
            case 1 -> {                                               // other figures
                Matcher m = NUMBER.matcher(t);
                StringBuilder b = new StringBuilder();
                while (m.find()) {
                    String d = m.group();
                    String rep = d.length() <= 2 && r.nextInt(3) == 0 ? String.valueOf(Math.max(0, Integer.parseInt(d) + r.nextInt(7) - 3)) : d;
                    m.appendReplacement(b, rep);
                }
                m.appendTail(b);
                t = b.toString();
            }
            case 2 -> t = t.substring(0, t.length() * (40 + r.nextInt(50)) / 100);   // cut off
            default -> {                                              // a paragraph dropped
                List<String> paras = new java.util.ArrayList<>(List.of(t.split("\n")));
                if (paras.size() > 3) {
                    paras.remove(1 + r.nextInt(paras.size() - 2));
                }
                t = String.join("\n", paras);
            }
        }
        return t;
    }

    private static byte[] encrypted(Path pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
