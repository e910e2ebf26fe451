package io.djcheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.util.List;

/**
 * picocli's errors about the command line, in the console's language. English keeps picocli's own
 * wording; other languages word the common kinds (an unknown option or command, a missing or bad
 * value) themselves and name the options and values as given.
 */
final class ParameterErrors {

    private ParameterErrors() {
    }

    static String describe(CommandLine.ParameterException ex, Messages messages) {
        String suggestion = ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()
                ? messages.get("usage.suggestion", u.getSuggestions().get(0)) : "";     // the closest first
        if (messages.lang() == Lang.EN) {
            return oneLine(ex.getMessage()) + suggestion;
        }
        return worded(ex, messages) + suggestion;
    }

    private static String worded(CommandLine.ParameterException ex, Messages messages) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            String first = unmatched.isEmpty() ? "" : unmatched.get(0);
            return messages.get(first.startsWith("-") ? "usage.unknown-option" : "usage.unmatched",
                    String.join(" ", unmatched));
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            return messages.get("usage.missing", String.join(", ", m.getMissing().stream().map(ParameterErrors::name).toList()));
        }
        if (ex instanceof CommandLine.OverwrittenOptionException o) {
            return messages.get("usage.repeated", name(o.getOverwritten()));
        }
        ArgSpec arg = ex.getArgSpec();
        if (arg != null && ex.getValue() != null) {
            String hint = arg instanceof OptionSpec o && messages.has("usage.value." + o.longestName())
                    ? messages.get("usage.value." + o.longestName()) : "";
            return messages.get("usage.bad-value", name(arg), ex.getValue(), hint);
        }
        if (arg != null) {
            return messages.get("usage.needs-value", name(arg));
        }
        return messages.get("usage.detail", oneLine(ex.getMessage()));
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
