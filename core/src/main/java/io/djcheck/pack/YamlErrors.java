package io.djcheck.pack;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The YAML parser's errors in a rule editor's words: what to change, on the line to change. The
 * parser says what it found where it gave up ("mapping values are not allowed here"); an editor
 * needs to hear that a line is indented wrongly, that {@code >=} needs quotes, or that a bracket
 * opened three lines earlier was never closed — and to be sent to that line.
 */
final class YamlErrors {

    /** A problem at a place: line and column from 1. */
    record Located(int line, int column, String message) {
    }

    private YamlErrors() {
    }

    static Located explain(MarkedYAMLException e) {
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
            return new Located(line, column, "a value starting with > | @ ` or % must be in quotes in YAML, "
                    + "e.g. op: \">=\"; put this value in double quotes [" + parser + "]");
        }
        if (problem.contains("'\\t'") || problem.contains("found character '\t'")) {
            return new Located(line, column, "a tab character: YAML indents with spaces only; replace the tab with "
                    + "spaces [" + parser + "]");
        }
        if (problem.startsWith("mapping values are not allowed")) {
            return new Located(line, column, "this line is indented differently from the fields around it, or a "
                    + "value holds ': ' — line it up with the field above (same number of spaces), or put the value in "
                    + "quotes [" + parser + "]");
        }
        if (context.startsWith("while parsing a flow sequence") || context.startsWith("while parsing a flow mapping")) {
            String bracket = context.contains("sequence") ? "[" : "{";
            String close = context.contains("sequence") ? "]" : "}";
            int openLine = opened == null ? line : opened.getLine() + 1;
            int openColumn = opened == null ? column : opened.getColumn() + 1;
            return new Located(openLine, openColumn, "the " + bracket + " opened here is not closed (or an item in "
                    + "it lacks a comma); close it with " + close + " on the same line [" + parser + "]");
        }
        if (context.startsWith("while scanning a quoted scalar")) {
            int openLine = opened == null ? line : opened.getLine() + 1;
            int openColumn = opened == null ? column : opened.getColumn() + 1;
            return new Located(openLine, openColumn, "the quote opened here is never closed; end the value with the "
                    + "same quote mark on the same line [" + parser + "]");
        }
        if (problem.startsWith("expected <block end>") || problem.startsWith("did not find expected key")
                || problem.startsWith("did not find expected '-' indicator")) {
            return new Located(line, column, "this line is indented more or less than the lines it belongs with; "
                    + "line it up with its neighbours (YAML counts the spaces) [" + parser + "]");
        }
        if (problem.startsWith("could not find expected ':'")) {
            int l = opened == null ? line : opened.getLine() + 1;
            return new Located(l, opened == null ? column : opened.getColumn() + 1, "a field needs 'name: value' "
                    + "with a space after the colon; add the ':' or join this line to the one above [" + parser + "]");
        }
        return new Located(line, column, parser);
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
