package io.djcheck.render;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A report's text as HTML with spans marked: the text is cut at every span boundary and each piece
 * is wrapped once, naming every span that covers it, so overlapping evidence needs no nested
 * marks. Evidence spans become {@code <mark data-ev="r1e2 r1e5" class="ev s-FAIL">}; fact spans
 * (quantities) a dotted {@code <span class="q" title="...">}. All text is escaped.
 */
final class HighlightedText {

    /**
     * A span of the text: {@code id} names it for the findings that point at it (null for a fact
     * span), {@code rank} orders statuses (the highest covering rank colours a piece), {@code css}
     * its class, {@code title} a tooltip (facts).
     */
    record Span(int start, int end, String id, int rank, String css, String title) {
    }

    private HighlightedText() {
    }

    static String render(String text, List<Span> spans) {
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(text.length());
        List<Span> valid = new ArrayList<>();
        for (Span s : spans) {
            int a = Math.max(0, Math.min(s.start(), text.length()));
            int b = Math.max(a, Math.min(s.end(), text.length()));
            if (b > a) {
                valid.add(new Span(a, b, s.id(), s.rank(), s.css(), s.title()));
                cuts.add(a);
                cuts.add(b);
            }
        }
        valid.sort((x, y) -> Integer.compare(x.start(), y.start()));
        StringBuilder sb = new StringBuilder(text.length() + text.length() / 4 + 64);
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null) {
                piece(sb, text, prev, cut, valid);
            }
            prev = cut;
        }
        return sb.toString();
    }

    private static void piece(StringBuilder sb, String text, int a, int b, List<Span> spans) {
        List<String> ids = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        Span strongest = null;
        boolean fact = false;
        for (Span s : spans) {
            if (s.start() > a) {
                break;                                         // sorted by start: no later span covers a
            }
            if (s.end() < b) {
                continue;
            }
            if (s.id() == null) {
                fact = true;
                if (s.title() != null && !titles.contains(s.title())) {
                    titles.add(s.title());
                }
            } else {
                if (!ids.contains(s.id())) {
                    ids.add(s.id());
                }
                if (strongest == null || s.rank() > strongest.rank()) {
                    strongest = s;
                }
            }
        }
        String content = Html.escape(text.substring(a, b));
        if (strongest == null && !fact) {
            sb.append(content);
            return;
        }
        String tag = strongest != null ? "mark" : "span";
        sb.append('<').append(tag).append(" class=\"");
        if (strongest != null) {
            sb.append("ev ").append(strongest.css()).append(fact ? " q" : "");
        } else {
            sb.append('q');
        }
        sb.append('"');
        if (!ids.isEmpty()) {
            sb.append(" data-ev=\"").append(Html.escape(String.join(" ", ids))).append('"');
        }
        if (!titles.isEmpty()) {
            sb.append(" title=\"").append(Html.escape(String.join("\n", titles))).append('"');
        }
        sb.append('>').append(content).append("</").append(tag).append('>');
    }
}
