package io.djcheck.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the two slips the Drools parser reports in the wrong place — a rule without its
 * {@code end} (reported at the next rule) and a {@code (} never closed (reported on the line after)
 * — by reading the DRL's block structure: {@code rule}/{@code query}/{@code declare} … {@code end},
 * and the parentheses inside each block, strings and comments left out. Each slip is reported on
 * the line the editor must change, saying what to write there, Chinese first.
 */
final class DrlStructure {

    /**
     * One slip: 1-based line and column, what to do, and the values that says for another wording
     * ({@code detail}: {@code extra-paren}, {@code unclosed-paren} or {@code missing-end}).
     */
    record Slip(int line, int column, String message, Map<String, Object> params) {
    }

    private static final Pattern BLOCK_START = Pattern.compile("^\\s*(rule|query|declare)\\b\\s*(\"[^\"]*\"|\\S+)?");
    private static final Pattern BLOCK_END = Pattern.compile("^\\s*end\\b");
    private static final Pattern SECTION = Pattern.compile("^\\s*(when|then)\\b");

    private DrlStructure() {
    }

    /** The structural slips of one DRL file, in line order; empty when its blocks and parentheses are whole. */
    static List<Slip> slips(String drl) {
        List<String> code = codeOnly(drl);
        String[] raw = drl.split("\n", -1);
        List<Slip> slips = new ArrayList<>();
        String block = null;              // the open block's name, e.g. rule "JJ-01"
        int lastCodeLine = 0;             // the block's last line holding code: an end missing goes after it
        Deque<int[]> open = new ArrayDeque<>();   // unclosed '(' as {line, column}
        for (int i = 0; i < code.size(); i++) {
            int line = i + 1;
            String l = code.get(i);
            Matcher start = BLOCK_START.matcher(l);
            if (start.find() && (start = BLOCK_START.matcher(raw[i])).find()) {     // the name from the raw line
                if (block != null) {
                    unclosed(open, slips);
                    slips.add(missingEnd(block, lastCodeLine, code, line));
                }
                block = start.group(1) + (start.group(2) == null ? "" : " " + start.group(2));
                open.clear();
            } else if (block != null && BLOCK_END.matcher(l).find()) {
                unclosed(open, slips);
                block = null;
                continue;
            } else if (block != null && SECTION.matcher(l).find()) {
                unclosed(open, slips);       // a condition's '(' must close before then
            }
            if (block == null) {
                continue;
            }
            for (int c = 0; c < l.length(); c++) {
                char ch = l.charAt(c);
                if (ch == '(') {
                    open.push(new int[] {line, c + 1});
                } else if (ch == ')') {
                    if (open.isEmpty()) {
                        slips.add(new Slip(line, c + 1, "第 " + line + " 行第 " + (c + 1) + " 列多了一个 \")\"，前面没有与它配对的"
                                + " \"(\"：删掉它，或在前面补上 \"(\"；line " + line + " has a \")\" at column " + (c + 1)
                                + " that closes nothing: delete it, or add the \"(\" it closes",
                                Map.of("detail", "extra-paren", "line", line, "column", c + 1)));
                    } else {
                        open.pop();
                    }
                }
            }
            if (!l.isBlank()) {
                lastCodeLine = line;
            }
        }
        if (block != null) {
            unclosed(open, slips);
            slips.add(missingEnd(block, lastCodeLine, code, 0));
        }
        slips.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column()));
        return slips;
    }

    /** The earliest '(' still open is the one whose ')' is missing: its line is where the editor writes it. */
    private static void unclosed(Deque<int[]> open, List<Slip> slips) {
        if (open.isEmpty()) {
            return;
        }
        int[] first = open.peekLast();
        slips.add(new Slip(first[0], first[1], "第 " + first[0] + " 行第 " + first[1] + " 列的 \"(\" 没有配对的 \")\"："
                + "请在这个条件写完的地方（通常是这一行的末尾）补上 \")\"；the \"(\" on line " + first[0] + " at column "
                + first[1] + " is never closed: add its \")\" where the condition ends, usually at the end of this line",
                Map.of("detail", "unclosed-paren", "line", first[0], "column", first[1])));
        open.clear();
    }

    private static Slip missingEnd(String block, int after, List<String> code, int nextStart) {
        int line = Math.max(after, 1);
        int column = code.get(line - 1).stripTrailing().length() + 1;
        String where = nextStart > 0 ? "（下一条从第 " + nextStart + " 行开始）" : "（文件到此结束）";
        String whereEn = nextStart > 0 ? " (the next one starts on line " + nextStart + ")" : " (the file ends there)";
        return new Slip(line, column, block + " 缺少 end：请在第 " + line + " 行之后加一行 end" + where + "；" + block
                + " has no end: add a line \"end\" after line " + line + whereEn,
                nextStart > 0 ? Map.of("detail", "missing-end", "block", block, "line", line, "next", nextStart)
                        : Map.of("detail", "missing-end-at-eof", "block", block, "line", line));
    }

    /** The file's lines with comments and string literals blanked out, so that only code is read. */
    private static List<String> codeOnly(String drl) {
        List<String> lines = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean blockComment = false;
        char quote = 0;
        for (int i = 0; i < drl.length(); i++) {
            char ch = drl.charAt(i);
            char next = i + 1 < drl.length() ? drl.charAt(i + 1) : 0;
            if (ch == '\n') {
                lines.add(cur.toString());
                cur.setLength(0);
                if (quote != 0) {
                    quote = 0;                 // an unclosed string ends with its line, as the parser says
                }
                continue;
            }
            if (blockComment) {
                if (ch == '*' && next == '/') {
                    blockComment = false;
                    cur.append("  ");
                    i++;
                } else {
                    cur.append(' ');
                }
            } else if (quote != 0) {
                if (ch == '\\' && next != '\n' && next != 0) {
                    cur.append("  ");
                    i++;
                } else {
                    if (ch == quote) {
                        quote = 0;
                    }
                    cur.append(ch == quote || quote == 0 ? ch : ' ');
                }
            } else if (ch == '/' && next == '/') {
                while (i + 1 < drl.length() && drl.charAt(i + 1) != '\n') {
                    i++;
                }
            } else if (ch == '/' && next == '*') {
                blockComment = true;
                cur.append("  ");
                i++;
            } else if (ch == '"' || ch == '\'') {
                quote = ch;
                cur.append(ch);
            } else {
                cur.append(ch);
            }
        }
        lines.add(cur.toString());
        return lines;
    }
}
