package io.djcheck.ingest;

import io.djcheck.model.Document;
import io.djcheck.model.InputFormat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a report file into a {@link Document}: the format is recognised from the content, not the
 * file name, and the text decoded. Thread-safe.
 *
 * <pre>{@code
 * Document doc = new DocumentReader().read(Path.of("report.txt"));
 * }</pre>
 */
public final class DocumentReader {

    private final TextDecoder text = new TextDecoder();

    public Document read(Path path) {
        String source = path.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) {
                throw new UnreadableDocumentException(source, "is a folder, not a report file", null);
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new UnreadableDocumentException(source, "no such file; check the path", e);
        } catch (AccessDeniedException e) {
            throw new UnreadableDocumentException(source, "permission denied; make the file readable", e);
        } catch (IOException e) {
            throw new UnreadableDocumentException(source, "cannot be read (" + e.getMessage() + ")", e);
        }
        return read(bytes, source);
    }

    /** Reads a report held in memory; {@code source} names it in results and errors. */
    public Document read(byte[] bytes, String source) {
        if (bytes.length == 0) {
            throw new EmptyDocumentException(source, "the file is empty (0 bytes); export the report again");
        }
        if (startsWith(bytes, "%PDF") || startsWith(bytes, "PK\u0003\u0004")
                || (bytes.length > 8 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF)) {
            throw new UnsupportedFormatException(source, "this build reads text reports only; "
                    + "save the report as UTF-8 text");
        }
        TextDecoder.Decoded d = text.decode(source, bytes);
        if (d.text().isBlank()) {
            throw new EmptyDocumentException(source, "the file holds only white space; export the report again");
        }
        return new Document(source, Hashing.sha256(bytes), d.text(), InputFormat.TEXT);
    }

    private static boolean startsWith(byte[] b, String magic) {
        if (b.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if ((b[i] & 0xFF) != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
