package io.djcheck.cli;

/**
 * A command line that cannot be run as given; exits with {@link ExitCode#USAGE}. It carries a
 * message key and its values, worded in the console's language when it is printed.
 */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Object[] args;

    UsageException(String key, Object... args) {
        super(key);
        this.args = args.clone();
    }

    /** A message that is already worded (a library's), passed on as it is. */
    static UsageException verbatim(String message) {
        return new UsageException("usage.detail", message);
    }

    String text(Messages messages) {
        return messages.get(getMessage(), args);
    }
}
