package io.djcheck.cli;

import io.djcheck.ingest.DocumentException;
import io.djcheck.pack.PackProblem;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The errors of the library in the console's language, worded by their codes from
 * {@code errors_<lang>.properties}: {@code doc.<code>} with an input error's params,
 * {@code pack.<code>} naming a rule pack problem's kind (Chinese), {@code pack-message.<code>} (and
 * {@code .<detail>}) with a pack problem's params. A code a language does not word keeps the
 * library's own message, which is English for input errors and most pack problems.
 */
final class ProblemText {

    private ProblemText() {
    }

    /** One line: the file, what is wrong, what to do. */
    static String of(DocumentException e, Messages messages) {
        ResourceBundle words = errors(messages);
        String key = "doc." + e.code();
        if (!words.containsKey(key)) {
            return e.getMessage();
        }
        Map<String, Object> params = new LinkedHashMap<>(e.params());
        params.put("source", e.source());
        Object format = params.get("format");
        if (format != null && words.containsKey("format." + format)) {
            params.put("format", words.getString("format." + format));
        }
        params.replaceAll((name, value) -> (name.equals("bytes") || name.endsWith("Bytes")) && value instanceof Number n
                ? size(n.longValue(), words.getString("unit.bytes")) : value);
        Object kind = params.get("kind");
        if (kind != null && words.containsKey("kind." + kind)) {
            params.put("kind", words.getString("kind." + kind));
        }
        return Messages.fillNamed(words.getString(key), params);
    }

    /**
     * {@code file:line:column: code: message}: in Chinese with the kind of problem named after the code.
     * A problem whose code (and {@code detail}) the language words, {@code pack-message.<code>[.<detail>]},
     * is said in that wording with the problem's params; any other keeps the library's message.
     */
    static String of(PackProblem p, Messages messages) {
        ResourceBundle words = errors(messages);
        String kind = messages.lang() == Lang.EN || !words.containsKey("pack." + p.code()) ? ""
                : "（" + words.getString("pack." + p.code()) + "）";
        return p.file() + ":" + p.line() + ":" + p.column() + ": " + p.code() + kind + ": " + message(p, words, messages);
    }

    private static String message(PackProblem p, ResourceBundle words, Messages messages) {
        Object detail = p.params().get(PackProblem.DETAIL);
        String key = "pack-message." + p.code() + (detail == null ? "" : "." + detail);
        if (!words.containsKey(key)) {
            // a library message worded "中文；English" shows its English half on an English console
            String english = messages.lang() == Lang.EN ? englishPart(p.message()) : null;
            return english == null ? p.message() : english;
        }
        Map<String, Object> params = new LinkedHashMap<>(p.params());
        params.put("file", p.file());
        return Messages.fillNamed(words.getString(key), params);
    }

    /**
     * The English half of a library message worded "中文；English" (the plain-language pack errors are),
     * for an English console; null when the message is not worded so.
     */
    static String englishPart(String message) {
        int cut = message.indexOf('；');
        if (cut < 0 || cut + 1 >= message.length()) {
            return null;
        }
        boolean chineseBefore = message.substring(0, cut).codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        char next = message.charAt(cut + 1);
        boolean englishAfter = (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') || next == '"' || next == '\'';
        return chineseBefore && englishAfter ? message.substring(cut + 1) : null;
    }

    /** 20971520 as "20 MB": the sizes the messages name. */
    private static String size(long bytes, String unit) {
        if (bytes >= 1L << 20) {
            return bytes % (1L << 20) == 0 ? (bytes >> 20) + " MB"
                    : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
        }
        return bytes >= 1024 && bytes % 1024 == 0 ? (bytes >> 10) + " KB" : bytes + " " + unit;
    }

    private static ResourceBundle errors(Messages messages) {
        return Messages.load("errors_" + messages.lang().code() + ".properties");
    }
}
