package io.djcheck.spark;

import io.djcheck.Checker;
import io.djcheck.ingest.DocumentException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

import java.security.MessageDigest;
import java.sql.Timestamp;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;

/**
 * Checks the files of one partition of a {@code binaryFile} Dataset, one at a time as the partition
 * streams them, with this executor's checker: a row per file, a file that cannot be read a row with
 * its error (never a failed task).
 */
final class CheckPartition implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    private final PackShipment pack;
    private final boolean json;

    CheckPartition(PackShipment pack, boolean json) {
        this.pack = pack;
        this.json = json;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> files) {
        Checker checker = pack.checker();
        return new Iterator<>() {
            private int path = -1;
            private int content = -1;
            private int modified = -1;

            @Override
            public boolean hasNext() {
                return files.hasNext();
            }

            @Override
            public Row next() {
                Row file = files.next();
                if (path < 0) {
                    path = file.fieldIndex("path");
                    content = file.fieldIndex("content");
                    modified = file.fieldIndex("modificationTime");
                }
                return check(checker, file.getString(path), file.getTimestamp(modified), (byte[]) file.get(content));
            }
        };
    }

    Row check(Checker checker, String source, Timestamp modified, byte[] bytes) {
        String sha256 = bytes == null ? null : sha256(bytes);
        try {
            if (bytes == null) {
                throw new DocumentException(source, "no content could be read");
            }
            return ResultRows.checked(checker.check(bytes, source, sha256), modified, pack.sha256(), pack.profile(), json);
        } catch (DocumentException e) {
            return ResultRows.failed(source, modified, sha256, pack.sha256(), pack.profile(), e.getMessage(), json);
        } catch (RuntimeException e) {
            return ResultRows.failed(source, modified, sha256, pack.sha256(), pack.profile(),
                    source + ": internal error while checking (" + e + "); please report it", json);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
