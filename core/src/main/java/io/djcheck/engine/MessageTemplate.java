package io.djcheck.engine;

import io.djcheck.model.Genre;
import io.djcheck.model.Internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fills a finding's message template: {@code "党委会专题研究党建工作{actual}次/年，低于{expected}次"}.
 * Numbers print without a trailing ".0"; a placeholder with no value prints as nothing, and a quoted
 * one ({@code ：“{quote}”}) goes with its quotation marks and the colon before them, so a finding
 * without evidence never shows an empty quote.
 */
@Internal
public final class MessageTemplate {

    /** Placeholders a YAML rule's messages may use. */
    public static final Set<String> YAML_PLACEHOLDERS = Set.of("actual", "expected", "param", "op", "quote", "count",
            "title", "id");

    /** Longest quote a message carries; evidence keeps the full sentence. */
    static final int QUOTE_MAX = 60;

    private MessageTemplate() {
    }

    public static String render(String template, Map<String, Object> vars) {
        return render(template, vars::get);
    }

    /** Fills {@code template} with the values {@code lookup} gives for its placeholder names. */
    public static String render(String template, java.util.function.Function<String, Object> lookup) {
        return parse(template).render(lookup);
    }

    /** {@code template} cut once into its literal text and placeholders, to be rendered for many checks. */
    static Parsed parse(String template) {
        List<String> literals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Boolean> quoted = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (open < 0 || close < 0) {
                literal.append(template, i, template.length());
                break;
            }
            String name = template.substring(open + 1, close);
            if (!isName(name)) {
                literal.append(template, i, open + 1);
                i = open + 1;
                continue;
            }
            literal.append(template, i, open);
            literals.add(literal.toString());
            literal.setLength(0);
            names.add(name);
            quoted.add(open > 0 && template.charAt(open - 1) == '“' && close + 1 < template.length()
                    && template.charAt(close + 1) == '”');
            i = close + 1;
        }
        literals.add(literal.toString());
        boolean[] q = new boolean[quoted.size()];
        for (int k = 0; k < q.length; k++) {
            q[k] = quoted.get(k);
        }
        return new Parsed(literals.toArray(String[]::new), names.toArray(String[]::new), q);
    }

    /**
     * A parsed template: {@code literals[k]} comes before placeholder {@code names[k]}, the last literal
     * after the last placeholder. {@code quoted[k]}: the placeholder stands between “ and ”.
     */
    record Parsed(String[] literals, String[] names, boolean[] quoted) {

        String render(java.util.function.Function<String, Object> lookup) {
            StringBuilder out = new StringBuilder(64);
            out.append(literals[0]);
            for (int k = 0; k < names.length; k++) {
                Object v = lookup.apply(names[k]);
                String next = literals[k + 1];
                if (v == null && quoted[k]) {
                    // a quote with nothing to quote goes, with its marks and the colon before them
                    out.setLength(out.length() - 1);                   // the opening mark
                    int last = out.length() - 1;
                    if (last >= 0 && (out.charAt(last) == '：' || out.charAt(last) == ':')) {
                        out.setLength(last);
                    }
                    out.append(next, 1, next.length());                // past the closing mark
                    continue;
                }
                if (v != null) {
                    out.append(format(v));
                }
                out.append(next);
            }
            return out.toString();
        }
    }

    /** Names of the placeholders in {@code template}. */
    public static List<String> placeholders(String template) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (true) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (open < 0 || close < 0) {
                return out;
            }
            String name = template.substring(open + 1, close);
            if (isName(name)) {
                out.add(name);
            }
            i = close + 1;
        }
    }

    /** 4.0 → "4", 0.5 → "0.5", 150000.0 → "150000". */
    public static String format(Object v) {
        if (v instanceof Genre g) {
            return g.label();
        }
        if (v instanceof Double || v instanceof Float || v instanceof BigDecimal) {
            double d = ((Number) v).doubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
            if (!Double.isFinite(d)) {
                return Double.toString(d);                     // BigDecimal refuses it; a message must still print
            }
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(v);
    }

    static String shortQuote(String quote) {
        return quote.length() <= QUOTE_MAX ? quote : quote.substring(0, QUOTE_MAX) + "…";
    }

    /** A placeholder name: a letter, then letters, digits and underscores (no regex: this runs per finding). */
    private static boolean isName(String s) {
        if (s.isEmpty() || !isLetter(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isLetter(c) && !(c >= '0' && c <= '9') && c != '_') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
