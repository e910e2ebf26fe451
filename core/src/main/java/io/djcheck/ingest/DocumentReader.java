package io.djcheck.ingest;

import io.djcheck.model.Document;
import io.djcheck.model.InputFormat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a report into a {@link Document}, recognising the format by the content, never by the file
 * name: plain text (UTF-8, UTF-16/32 with a byte-order mark, GB18030/GBK), Word .docx and .doc,
 * PDF with a text layer, and structured JSON/YAML submissions ({@link #readInput}). Anything else,
 * or anything past the {@link ReadLimits}, is refused with a {@link DocumentException} naming the
 * file, the problem and what to do. Thread-safe; one reader serves every thread.
 *
 * <pre>{@code
 * DocumentReader reader = new DocumentReader(ReadLimits.defaults().withMaxPages(100));
 * Document doc = reader.read(Path.of("report.docx"));
 * }</pre>
 */
public final class DocumentReader {

    private final ReadLimits limits;
    private final TextDecoder text = new TextDecoder();

    public DocumentReader() {
        this(ReadLimits.defaults());
    }

    public DocumentReader(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    public ReadLimits limits() {
        return limits;
    }

    /** Reads a report file; a structured submission yields its text (see {@link #readInput} for its facts). */
    public Document read(Path path) {
        return readInput(path).document();
    }

    /** Reads a report held in memory; {@code source} names it in results and errors. */
    public Document read(byte[] bytes, String source) {
        return readInput(bytes, source).document();
    }

    /** Reads a report file or a structured submission. */
    public Input readInput(Path path) {
        return readInput(bytes(path), path.toString());
    }

    /** Reads a report or submission held in memory; {@code source} names it in results and errors. */
    public Input readInput(byte[] bytes, String source) {
        Objects.requireNonNull(bytes, "bytes");
        return readInput(bytes, source, Hashing.sha256(bytes));
    }

    /**
     * Reads a report or submission held in memory whose SHA-256 the caller has already computed
     * (a batch hashes each file once, to decide whether to skip it).
     */
    public Input readInput(byte[] bytes, String source, String sha256) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sha256, "sha256");
        if (bytes.length == 0) {
            throw new EmptyDocumentException(source, DocumentProblem.of("empty-file",
                    "the file is empty (0 bytes); export the report again"));
        }
        checkSize(bytes.length, source);
        Container container = Container.of(bytes);
        switch (container) {
            case PDF:
                return document(source, sha256, PdfReader.read(source, bytes, limits), InputFormat.PDF);
            case ZIP:
                return zip(source, sha256, bytes);
            case OLE2:
                return document(source, sha256, DocReader.read(source, bytes), InputFormat.DOC);
            case PLAIN:
                return plain(source, sha256, bytes);
            default:
                throw new UnsupportedFormatException(source, DocumentProblem.of("unsupported-format", container.refusal(),
                        "kind", container.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
        }
    }

    private Input zip(String source, String sha256, byte[] bytes) {
        Set<String> parts = ZipGuard.inspect(source, bytes, limits);
        if (parts.contains("word/document.xml")
                || (parts.contains("[Content_Types].xml") && parts.stream().anyMatch(p -> p.startsWith("word/")))) {
            return document(source, sha256, DocxReader.read(source, bytes), InputFormat.DOCX);
        }
        throw new UnsupportedFormatException(source, zipRefusal(parts));
    }

    private static DocumentProblem zipRefusal(Set<String> parts) {
        String kind = parts.contains("xl/workbook.xml") ? "xlsx" : parts.contains("ppt/presentation.xml") ? "pptx"
                : parts.contains("OFD.xml") ? "ofd" : parts.contains("content.xml") && parts.contains("mimetype") ? "odt" : "zip";
        return DocumentProblem.of("unsupported-format", zipRefusalText(parts), "kind", kind);
    }

    private static String zipRefusalText(Set<String> parts) {
        String give = "; give the report as .docx, .doc, PDF or text";
        if (parts.contains("xl/workbook.xml")) {
            return "an Excel workbook, not a report" + give;
        }
        if (parts.contains("ppt/presentation.xml")) {
            return "a PowerPoint presentation, not a report" + give;
        }
        if (parts.contains("OFD.xml")) {
            return "an OFD document (版式文件), which djcheck does not read; export it as PDF";
        }
        if (parts.contains("content.xml") && parts.contains("mimetype")) {
            return "an OpenDocument file (.odt), which djcheck does not read; save it as .docx";
        }
        return "a zip archive, not a report; unpack it and give the report files inside";
    }

    private Input plain(String source, String sha256, byte[] bytes) {
        String decoded = text.decode(source, bytes).text();
        SubmissionSyntax syntax = SubmissionSyntax.of(decoded);
        if (syntax != null) {
            return Input.of(SubmissionReader.read(source, sha256, decoded, syntax));
        }
        return document(source, sha256, decoded, InputFormat.TEXT);
    }

    private static Input document(String source, String sha256, String text, InputFormat format) {
        if (text.isBlank()) {
            throw new EmptyDocumentException(source, format == InputFormat.TEXT
                    ? DocumentProblem.of("blank-file", "the file holds only white space; export the report again")
                    : DocumentProblem.of("no-text", "the " + format.name().toLowerCase(java.util.Locale.ROOT)
                    + " document holds no text; check that the right file was submitted",
                    "format", format.name().toLowerCase(java.util.Locale.ROOT)));
        }
        return Input.of(new Document(source, sha256, text, format));
    }

    /**
     * The content of a report file, within the size limit.
     *
     * @throws UnreadableDocumentException when it is missing, a folder or not readable
     * @throws LimitExceededException      when it is larger than {@link ReadLimits#maxBytes()}
     */
    public byte[] bytes(Path path) {
        String source = path.toString();
        try {
            if (Files.isDirectory(path)) {
                throw new UnreadableDocumentException(source, DocumentProblem.of("is-folder", "is a folder, not a report file"),
                        null);
            }
            long size = Files.size(path);
            checkSize(size, source);
            try (InputStream in = Files.newInputStream(path)) {
                byte[] bytes = in.readNBytes((int) Math.min(size, limits.maxBytes()) + 1);
                checkSize(bytes.length, source);                // the file grew while we read it
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new UnreadableDocumentException(source, DocumentProblem.of("no-such-file", "no such file; check the path"), e);
        } catch (AccessDeniedException e) {
            throw new UnreadableDocumentException(source, DocumentProblem.of("permission-denied",
                    "permission denied; make the file readable"), e);
        } catch (IOException e) {
            throw new UnreadableDocumentException(source, DocumentProblem.of("io-error", "cannot be read (" + e.getMessage() + ")",
                    "detail", String.valueOf(e.getMessage())), e);
        }
    }

    private void checkSize(long size, String source) {
        if (size > limits.maxBytes()) {
            throw new LimitExceededException(source, Limit.SIZE, DocumentProblem.of("limit-size", "the file is "
                    + ReadLimits.size(size) + ", larger than the limit of " + ReadLimits.size(limits.maxBytes())
                    + " (maxBytes); if it is a real report, raise the limit",
                    "bytes", size, "limitBytes", limits.maxBytes()));
        }
    }
}
