package io.djcheck.pack;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The YAML parser's errors in a rule editor's words: what to change, on the line to change. The
 * parser says what it found where it gave up ("mapping values are not allowed here"); an editor
 * needs to hear that a line is indented wrongly, that {@code >=} needs quotes, or that a bracket
 * opened three lines earlier was never closed — and to be sent to that line. Each explanation is
 * worded in Chinese, then in English (as the DRL ones of {@code DrlStructure}), then the parser's own words.
 */
final class YamlErrors {

    /** A problem at a place: line and column from 1. */
    record Located(int line, int column, String message, Map<String, Object> params) {
        /** The parser's own words, as they are: no plain-language explanation fits. */
        Located(int line, int column, String parser) {
            this(line, column, parser, Map.of());
        }
    }

    /** A plain-language explanation: its {@code detail} and the values it names, the parser's words last. */
    private static Located explained(int line, int column, String message, String detail, String parser, Object... more) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put(PackProblem.DETAIL, detail);
        for (int i = 0; i < more.length; i += 2) {
            params.put((String) more[i], more[i + 1]);
        }
        params.put("parser", parser);
        return new Located(line, column, message, params);
    }

    private YamlErrors() {
    }

    static Located explain(MarkedYAMLException e, String text) {
        String problem = oneLine(e.getProblem() != null ? e.getProblem() : e.getMessage());
        String context = e.getContext() == null ? "" : oneLine(e.getContext());
        Mark at = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        Mark opened = e.getContextMark();
        int line = at == null ? 0 : at.getLine() + 1;
        int column = at == null ? 0 : at.getColumn() + 1;
        String parser = problem + (context.isEmpty() ? "" : " (" + context + ")");

        if (problem.contains("Do not use > for indentation") || problem.contains("Do not use | for indentation")
                || (problem.startsWith("found character '") && problem.contains("cannot start any token")
                && (problem.contains("'>'") || problem.contains("'|'") || problem.contains("'@'")
                || problem.contains("'`'") || problem.contains("'%'")))) {
            return explained(line, column, "以 > | @ ` 或 % 开头的值在 YAML 里必须加引号，例如 op: \">=\"：请给这个值加上双引号；"
                    + "a value starting with > | @ ` or % must be in quotes in YAML, "
                    + "e.g. op: \">=\"; put this value in double quotes [" + parser + "]", "quote-value", parser);
        }
        if (problem.contains("'\\t'") || problem.contains("found character '\t'")) {
            return explained(line, column, "这里有制表符（Tab）：YAML 只能用空格缩进，请把 Tab 换成空格；" + "a tab character: YAML indents with spaces only; replace the tab with "
                    + "spaces [" + parser + "]", "tab", parser);
        }
        if (problem.startsWith("mapping values are not allowed")) {
            return explained(line, column, "这一行的缩进与周围的字段不同，或值里含有“: ”：请与上面的字段对齐（空格数相同），或给值加上引号；" + "this line is indented differently from the fields around it, or a "
                    + "value holds ': ' — line it up with the field above (same number of spaces), or put the value in "
                    + "quotes [" + parser + "]", "misaligned", parser);
        }
        if (context.startsWith("while parsing a flow sequence") || context.startsWith("while parsing a flow mapping")
                || (context.startsWith("while parsing a flow node") && problem.contains("<stream end>"))) {
            int[] open = unclosed(text, at == null ? text.length() : at.getIndex());
            boolean brace = open != null ? open[2] == '{' : context.contains("mapping");
            String bracket = brace ? "{" : "[";
            String close = brace ? "}" : "]";
            int openLine = open != null ? open[0] : opened == null ? line : opened.getLine() + 1;
            int openColumn = open != null ? open[1] : opened == null ? column : opened.getColumn() + 1;
            return explained(openLine, openColumn, "这里打开的 " + bracket + " 没有闭合（或其中某项缺少逗号）：请在同一行用 " + close
                    + " 闭合；" + "the " + bracket + " opened here is not closed (or an item in "
                    + "it lacks a comma); close it with " + close + " on the same line [" + parser + "]",
                    "unclosed-bracket", parser, "bracket", bracket, "close", close);
        }
        if (context.startsWith("while scanning a quoted scalar")) {
            int openLine = opened == null ? line : opened.getLine() + 1;
            int openColumn = opened == null ? column : opened.getColumn() + 1;
            return explained(openLine, openColumn, "这里开始的引号没有闭合：请在同一行用相同的引号结束这个值；" + "the quote opened here is never closed; end the value with the "
                    + "same quote mark on the same line [" + parser + "]", "unclosed-quote", parser);
        }
        if (problem.startsWith("expected <block end>") || problem.startsWith("did not find expected key")
                || problem.startsWith("did not find expected '-' indicator")) {
            return explained(line, column, "这一行比同组的行缩进多了或少了：请与相邻的行对齐（YAML 按空格数判断层级）；" + "this line is indented more or less than the lines it belongs with; "
                    + "line it up with its neighbours (YAML counts the spaces) [" + parser + "]", "indentation", parser);
        }
        if (problem.startsWith("could not find expected ':'")) {
            int l = opened == null ? line : opened.getLine() + 1;
            return explained(l, opened == null ? column : opened.getColumn() + 1, "字段要写成“名称: 值”，冒号后要有空格：请补上“:”，或把这一行接到上一行；" + "a field needs 'name: value' "
                    + "with a space after the colon; add the ':' or join this line to the one above [" + parser + "]",
                    "missing-colon", parser);
        }
        return new Located(line, column, parser);
    }

    /** Line, column (from 1) and character of the last [ or { before {@code end} that is not closed, or null. */
    private static int[] unclosed(String text, int end) {
        java.util.ArrayDeque<int[]> open = new java.util.ArrayDeque<>();
        int line = 1;
        int lineStart = 0;
        char quote = 0;
        for (int i = 0; i < Math.min(end, text.length()); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
                quote = 0;                                 // a flow scalar's quote does not span lines here
            } else if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                int nl = text.indexOf('\n', i);
                i = (nl < 0 ? text.length() : nl) - 1;     // a comment to the end of the line
            } else if (c == '[' || c == '{') {
                open.push(new int[] {line, i - lineStart + 1, c});
            } else if ((c == ']' || c == '}') && !open.isEmpty()) {
                open.pop();
            }
        }
        return open.peek();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
