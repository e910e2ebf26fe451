package io.djcheck.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.djcheck.batch.BatchItem;
import io.djcheck.ingest.Hashing;
import io.djcheck.result.ResultJson;
import io.djcheck.result.ResultJsonReader;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * A batch's {@code results.jsonl}: the record of truth of what was checked. Each result (or
 * failure) is one line, written whole and flushed as soon as it is known, so an interrupted run
 * loses at most the line being written. Opened to resume, it first drops a torn last line, then
 * indexes every record by its source and the SHA-256 of the content, so that files checked before
 * (with the same content) are skipped and their records replayed into the other outputs.
 *
 * <pre>{@code
 * try (ResultsLog log = ResultsLog.resume(dir.resolve("results.jsonl"))) {
 *     if (!log.has(source, sha256)) log.append(item);
 * }
 * }</pre>
 *
 * Lookups are safe from any thread once opened; appends come from one thread ({@link #line} from any).
 */
final class ResultsLog implements Closeable {

    /** results.jsonl keeps the library's own wording of an error, whatever the console speaks: JSON stays English. */
    private static final Messages JSON_WORDING = Messages.of(Lang.EN);

    /** Where a record lies in the file; the key is a 128-bit digest of source and content hash. */
    private record Key(long hi, long lo) {
    }

    private record Span(long offset, int length) {
    }

    private static final JsonFactory JSON = new JsonFactory();

    private final Path file;
    private final Map<Key, Span> index;
    private final FileChannel reader;
    private final OutputStream out;
    private final boolean droppedTornLine;

    private ResultsLog(Path file, Map<Key, Span> index, boolean droppedTornLine) throws IOException {
        this.file = file;
        this.index = index;
        this.droppedTornLine = droppedTornLine;
        this.reader = index.isEmpty() ? null : FileChannel.open(file, StandardOpenOption.READ);
        this.out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    /** A new, empty log (replacing any file there). */
    static ResultsLog create(Path file) throws IOException {
        Files.write(file, new byte[0]);
        return new ResultsLog(file, Map.of(), false);
    }

    /**
     * The log of an earlier run, continued: its complete records indexed, a torn last line (no
     * newline: the run was stopped while writing it) cut off. A missing file starts a new log.
     *
     * @throws UsageException when a complete line is not a record djcheck wrote (the file was edited or is not ours)
     */
    static ResultsLog resume(Path file) throws IOException {
        if (!Files.exists(file)) {
            return create(file);
        }
        Map<Key, Span> index = new HashMap<>();
        long end = 0;                                       // just past the last newline
        long lineNo = 0;
        ByteArrayOutputStream line = new ByteArrayOutputStream(1 << 14);
        byte[] chunk = new byte[1 << 16];
        long offset = 0;                                    // of chunk[0] in the file
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(chunk)) > 0; offset += n) {
                int from = 0;
                for (int i = 0; i < n; i++) {
                    if (chunk[i] != '\n') {
                        continue;
                    }
                    line.write(chunk, from, i - from);
                    lineNo++;
                    long lineEnd = offset + i;
                    if (line.size() > 0) {
                        index.put(key(file, lineNo, line.toByteArray()), new Span(lineEnd - line.size(), line.size()));
                    }
                    line.reset();
                    end = lineEnd + 1;
                    from = i + 1;
                }
                line.write(chunk, from, n - from);
            }
        }
        boolean torn = Files.size(file) > end;
        if (torn) {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(end);
            }
        }
        return new ResultsLog(file, index, torn);
    }

    /** The source and sha256 of one line, read without building the whole record. */
    private static Key key(Path file, long lineNo, byte[] line) throws IOException {
        String source = null;
        String sha256 = null;
        boolean record = false;
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw notOurs(file, lineNo, "not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "source" -> source = p.getValueAsString();
                    case "sha256" -> sha256 = p.getValueAsString();
                    case "error", "score" -> record = true;
                    default -> { }
                }
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    p.skipChildren();
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw notOurs(file, lineNo, e.getOriginalMessage());
        }
        if (source == null || !record) {
            throw notOurs(file, lineNo, "not a result or failure record (no source, score or error)");
        }
        return key(source, sha256);
    }

    private static UsageException notOurs(Path file, long lineNo, String why) {
        return new UsageException("usage.resume-foreign-line", file, lineNo, why);
    }

    private static Key key(String source, String sha256) {
        byte[] d = Hashing.sha256Bytes((source + '\0' + (sha256 == null ? "" : sha256)).getBytes(StandardCharsets.UTF_8));
        return new Key(ByteBuffer.wrap(d, 0, 8).getLong(), ByteBuffer.wrap(d, 8, 8).getLong());
    }

    /** Records an earlier run wrote (complete lines). */
    int previousRecords() {
        return index.size();
    }

    /** True when opening cut off a last line the earlier run did not finish writing. */
    boolean droppedTornLine() {
        return droppedTornLine;
    }

    /** True when an earlier run recorded {@code source} with this content (sha256 null: it could not be read). */
    boolean has(String source, String sha256) {
        return !index.isEmpty() && index.containsKey(key(source, sha256));
    }

    /** The earlier run's record of {@code source} with this content. */
    ResultJsonReader.Record previous(String source, String sha256) throws IOException {
        Span span = index.get(key(source, sha256));
        if (span == null) {
            throw new IllegalStateException("no earlier record of " + source);
        }
        ByteBuffer buf = ByteBuffer.allocate(span.length());
        while (buf.hasRemaining()) {
            if (reader.read(buf, span.offset() + buf.position()) < 0) {
                throw new IOException(file + " was shortened while djcheck was resuming it");
            }
        }
        try {
            return ResultJsonReader.read(new String(buf.array(), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new UsageException("usage.resume-unreadable", file, source, e.getMessage());
        }
    }

    /** Appends the item's record (a result or a failure) as one line and flushes it. */
    void append(BatchItem item) throws IOException {
        append(line(item));
    }

    /** The item's record as the bytes of one line, newline included: made on any thread, appended in order. */
    static byte[] line(BatchItem item) {
        String line = item.status() == BatchItem.Status.CHECKED ? ResultJson.toJsonLine(item.result())
                : ResultJson.failureJsonLine(item.source(), item.sha256(), LimitOptions.message(item, JSON_WORDING));
        return (line + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Appends a line made by {@link #line} and flushes it. */
    void append(byte[] line) throws IOException {
        out.write(line);                                    // one write per line: a cut leaves one torn line at most
        out.flush();
    }

    /** Appends a failure that has no file content (a folder that could not be listed). */
    void appendFailure(String source, String error) throws IOException {
        out.write((ResultJson.failureJsonLine(source, error) + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } finally {
            if (reader != null) {
                reader.close();
            }
        }
    }
}
