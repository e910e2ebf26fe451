package io.djcheck.ingest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What is wrong with an input, three ways: a stable {@code code} ({@code "empty-file"}), the values
 * the message names ({@code params}, e.g. {@code pages=612, limit=500}) and the message itself in
 * djcheck's default wording. An embedder that shows errors in its own language reads the code and
 * the params ({@link DocumentException#code()}); the codes are listed in README (“Error codes”).
 *
 * <pre>{@code
 * new LimitExceededException(source, Limit.PAGES,
 *         DocumentProblem.of("limit-pages", "the PDF has 612 pages ...", "pages", 612, "limit", 500));
 * }</pre>
 *
 * @param code    stable kebab-case name of the kind of problem
 * @param params  the values the message names, in the order it names them
 * @param message the default message (without the file name)
 */
public record DocumentProblem(String code, Map<String, Object> params, String message) {

    public DocumentProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** A problem with its params given as name, value, name, value... */
    public static DocumentProblem of(String code, String message, Object... nameValues) {
        if (nameValues.length % 2 != 0) {
            throw new IllegalArgumentException("params come in name, value pairs, got " + nameValues.length + " items");
        }
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            params.put((String) nameValues[i], nameValues[i + 1]);
        }
        return new DocumentProblem(code, params, message);
    }
}
