package io.djcheck.render;

import java.util.List;

/**
 * The two charts of the HTML report as inline SVG (no script, no library): how many reports got
 * each grade, and the rules failed most often.
 */
final class HtmlCharts {

    /** One bar: its label, its count and its fill colour. */
    record Bar(String label, int count, String color) {
    }

    private static final int BAR_AREA = 150;

    private HtmlCharts() {
    }

    /** Vertical bars, one per grade (and one for inputs that could not be checked). */
    static String columns(String title, List<Bar> bars) {
        int width = 40 + bars.size() * 80;
        int max = Math.max(1, bars.stream().mapToInt(Bar::count).max().orElse(1));
        StringBuilder sb = svgStart(title, width, BAR_AREA + 60);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int h = Math.round((float) b.count() * BAR_AREA / max);
            int x = 30 + i * 80;
            int y = 20 + BAR_AREA - h;
            sb.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"56\" height=\"").append(h)
                    .append("\" fill=\"").append(b.color()).append("\"><title>").append(Html.escape(b.label()))
                    .append(": ").append(b.count()).append("</title></rect>");
            sb.append("<text x=\"").append(x + 28).append("\" y=\"").append(y - 4)
                    .append("\" text-anchor=\"middle\" class=\"n\">").append(b.count()).append("</text>");
            sb.append("<text x=\"").append(x + 28).append("\" y=\"").append(BAR_AREA + 40)
                    .append("\" text-anchor=\"middle\">").append(Html.escape(b.label())).append("</text>");
        }
        return sb.append("</svg>").toString();
    }

    /** Horizontal bars, one per rule, longest first; a sentence when there is none. */
    static String rows(String title, List<Bar> bars, String whenEmpty) {
        int rowHeight = 26;
        int height = Math.max(1, bars.size()) * rowHeight + 20;
        int max = Math.max(1, bars.stream().mapToInt(Bar::count).max().orElse(1));
        StringBuilder sb = svgStart(title, 520, height);
        if (bars.isEmpty()) {
            sb.append("<text x=\"10\" y=\"24\">").append(Html.escape(whenEmpty)).append("</text>");
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = 10 + i * rowHeight;
            int w = Math.max(2, Math.round((float) b.count() * 230 / max));
            sb.append("<text x=\"236\" y=\"").append(y + 16).append("\" text-anchor=\"end\">")
                    .append(Html.escape(clip(b.label(), 17))).append("<title>").append(Html.escape(b.label()))
                    .append("</title></text>");
            sb.append("<rect x=\"244\" y=\"").append(y + 2).append("\" width=\"").append(w)
                    .append("\" height=\"18\" fill=\"").append(b.color()).append("\"><title>")
                    .append(Html.escape(b.label())).append(": ").append(b.count()).append("</title></rect>");
            sb.append("<text x=\"").append(250 + w).append("\" y=\"").append(y + 16).append("\" class=\"n\">")
                    .append(b.count()).append("</text>");
        }
        return sb.append("</svg>").toString();
    }

    private static StringBuilder svgStart(String title, int width, int height) {
        return new StringBuilder(2048).append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\" aria-label=\"").append(Html.escape(title)).append("\"><title>")
                .append(Html.escape(title)).append("</title>");
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
