package io.djcheck.spark;

/** A mistake on the job's command line: printed as one line, exit code 2 (as the CLI's usage errors). */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
