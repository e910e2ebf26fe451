package io.djcheck.batch;

import io.djcheck.result.CheckResult;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What a batch made of one input file: a result, the reason it could not be checked, or the note
 * that it was skipped (already checked in an earlier run). Items reach the callback of
 * {@link BatchRunner#run} in input order.
 *
 * @param index   the file's position in the input, from 0
 * @param path    the file as given
 * @param status  what happened to it
 * @param sha256  the SHA-256 of the file's bytes, or null when it could not be read at all
 * @param result  the result (CHECKED only)
 * @param error   one line naming the file, what is wrong and what to do (FAILED only)
 * @param failure the exception behind {@code error}, for logs and --debug (FAILED only; may be null)
 * @param micros  wall time from starting to read the file to the end of its check
 */
public record BatchItem(long index, Path path, Status status, String sha256, CheckResult result, String error,
                        Throwable failure, long micros) {

    /** What a batch made of one input. */
    public enum Status {
        /** Read and checked: {@link #result()} holds the result. */
        CHECKED,
        /** Not checked: missing, unreadable, not a report, past a limit, timed out or failing; see {@link #error()}. */
        FAILED,
        /** Left out on purpose (its content was checked before, e.g. when resuming). */
        SKIPPED
    }

    public BatchItem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(status, "status");
        if ((status == Status.CHECKED) != (result != null)) {
            throw new IllegalArgumentException("a CHECKED item, and only one, carries a result");
        }
        if ((status == Status.FAILED) != (error != null)) {
            throw new IllegalArgumentException("a FAILED item, and only one, carries an error");
        }
    }

    static BatchItem checked(long index, Path path, CheckResult result, long micros) {
        return new BatchItem(index, path, Status.CHECKED, result.sha256(), result, null, null, micros);
    }

    static BatchItem failed(long index, Path path, String sha256, String error, Throwable failure, long micros) {
        return new BatchItem(index, path, Status.FAILED, sha256, null, error, failure, micros);
    }

    static BatchItem skipped(long index, Path path, String sha256, long micros) {
        return new BatchItem(index, path, Status.SKIPPED, sha256, null, null, null, micros);
    }

    /** The name results and errors use for the file: the path as given. */
    public String source() {
        return path.toString();
    }

    public Optional<CheckResult> resultIfChecked() {
        return Optional.ofNullable(result);
    }
}
