package io.djcheck.pack;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One thing wrong with a rule pack, where it is and what it is:
 * {@code rules/zuzhi.yaml:14:7: unknown-concept: 'practice.sanhui' (did you mean practice.sanhui_yike?)}.
 * Like {@link io.djcheck.ingest.DocumentProblem}, a problem that an application may word in its own
 * language carries the values its message names as {@code params}; where one code has several
 * explanations (a YAML slip: an unclosed bracket, a tab...), the param {@code detail} names which.
 *
 * <pre>{@code
 * // rules/x.yaml:2:9: yaml-syntax: the [ opened here is not closed ...   params {detail=unclosed-bracket, ...}
 * String key = p.params().containsKey(PackProblem.DETAIL) ? p.code() + "." + p.params().get(PackProblem.DETAIL) : p.code();
 * }</pre>
 *
 * @param file    path within the pack
 * @param line    1-based line, 0 when the problem concerns the whole file
 * @param column  1-based column, 0 when unknown
 * @param code    stable short name of the kind of problem (documented in docs/rules.md)
 * @param message the default message, in djcheck's wording
 * @param params  the values the message names (empty for a problem worded only by its message)
 */
public record PackProblem(String file, int line, int column, String code, String message, Map<String, Object> params) {

    /** The param naming which of a code's explanations applies (e.g. {@code unclosed-bracket} of {@code yaml-syntax}). */
    public static final String DETAIL = "detail";

    /** Longest message kept: a value a message quotes from a broken file can be the rest of the file. */
    static final int MAX_MESSAGE = 300;

    public PackProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(code, "code");
        message = oneLine(Objects.requireNonNull(message, "message"));
        params = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(params, "params")));
    }

    /** A problem worded only by its message. */
    public PackProblem(String file, int line, int column, String code, String message) {
        this(file, line, column, code, message, Map.of());
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
