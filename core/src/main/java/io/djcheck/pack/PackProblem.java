package io.djcheck.pack;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with a rule pack, where it is and what it is:
 * {@code rules/zuzhi.yaml:14:7: unknown-concept: 'practice.sanhui' (did you mean practice.sanhui_yike?)}.
 *
 * @param file   path within the pack
 * @param line   1-based line, 0 when the problem concerns the whole file
 * @param column 1-based column, 0 when unknown
 * @param code   stable short name of the kind of problem (documented in docs/rules.md)
 */
public record PackProblem(String file, int line, int column, String code, String message) {

    /** Longest message kept: a value a message quotes from a broken file can be the rest of the file. */
    static final int MAX_MESSAGE = 300;

    public PackProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(code, "code");
        message = oneLine(Objects.requireNonNull(message, "message"));
    }

    /** Problems print one per line, so a quoted value that spans lines (a quoted YAML scalar) is joined up. */
    private static String oneLine(String message) {
        String m = message.replaceAll("\\s*[\\r\\n]+\\s*", " ");
        if (m.length() <= MAX_MESSAGE) {
            return m;
        }
        int cut = Character.isHighSurrogate(m.charAt(MAX_MESSAGE - 1)) ? MAX_MESSAGE - 1 : MAX_MESSAGE;
        return m.substring(0, cut) + "…";
    }

    /** The problems in reading order: by file, then line, then column; the order found within a place. */
    public static List<PackProblem> sorted(List<PackProblem> problems) {
        return problems.stream().sorted(Comparator.comparing(PackProblem::file).thenComparingInt(PackProblem::line)
                .thenComparingInt(PackProblem::column)).toList();
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + code + ": " + message;
    }
}
