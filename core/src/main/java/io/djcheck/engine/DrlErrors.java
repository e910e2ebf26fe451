package io.djcheck.engine;

import org.drools.compiler.compiler.DescrBuildError;
import org.drools.drl.ast.descr.RuleDescr;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.jci.CompilationProblem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the Drools compiler's errors into problems that point into the .drl file an editor wrote:
 * parser positions are made 1-based, a Java error in a consequence is mapped from the generated
 * class back to its DRL line (one problem per error, not one per rule), and where the message names
 * the offending text ({@code 'Quantiti'}, {@code Expression valu > 3}) the column points at it.
 */
final class DrlErrors {

    /**
     * The line of the generated consequence class on which the DRL consequence's first line lands
     * (the classic MVEL path writes a fixed header: package, imports, class, method). Held by a
     * test that maps a consequence error to its DRL line.
     */
    static final int CONSEQUENCE_JAVA_LINE = 9;

    private static final Pattern BRACKET_POSITION = Pattern.compile("\\[Line: (\\d+), Column: (\\d+)]");
    private static final Pattern PARSER_POSITION = Pattern.compile("Line (\\d+):(\\d+)");
    private static final List<Pattern> CULPRITS = List.of(
            Pattern.compile("mismatched input '([^']+)'"),
            Pattern.compile("Unable to Analyse Expression (.+?):"),
            Pattern.compile("'([^']+)'"),
            Pattern.compile("\"([^\"]+)\""));

    private DrlErrors() {
    }

    /**
     * Adds every error to {@code p}. Errors in DRL that djcheck generated from YAML are reported
     * against their YAML file as internal errors: they are djcheck's bugs, not the editor's.
     */
    static void report(Iterable<KnowledgeBuilderError> errors, Map<String, String> drl,
                       Map<String, String> generatedFrom, ProblemSink p) {
        List<KnowledgeBuilderError> all = new ArrayList<>();
        errors.forEach(all::add);
        // a rule whose conditions do not compile also fails in its consequence ("$q cannot be
        // resolved"); that echo would only distract from the cause
        Set<String> brokenConditions = new HashSet<>();
        for (KnowledgeBuilderError err : all) {
            if (err instanceof DescrBuildError d && !(d.getObject() instanceof CompilationProblem[])
                    && d.getParentDescr() instanceof RuleDescr rule) {
                brokenConditions.add(rule.getName());
            }
        }
        // a missing end or ')' is reported by the parser a rule or a line too late: where the block
        // structure shows the slip, say that instead of the parser's errors for the file
        Set<String> readByStructure = new HashSet<>();
        for (Map.Entry<String, String> e : drl.entrySet()) {
            if (!generatedFrom.containsKey(e.getKey())) {
                for (DrlStructure.Slip s : DrlStructure.slips(e.getValue())) {
                    p.add(e.getKey(), s.line(), s.column(), "drl-syntax", s.message(), s.params());
                    readByStructure.add(e.getKey());
                }
            }
        }
        for (KnowledgeBuilderError err : all) {
            String path = err.getResource() == null ? "rules/" : err.getResource().getSourcePath();
            if (readByStructure.contains(path)) {
                continue;
            }
            // the parser's own 0-based "Line 23:50" would contradict the 1-based place we report
            String message = oneLine(err.getMessage()).replaceFirst("^\\[ERR \\d+] Line \\d+:\\d+ ", "");
            if (message.startsWith("Parser returned a null Package") && all.size() > 1) {
                continue;                                 // the syntax errors that caused it are listed
            }
            if (generatedFrom.containsKey(path)) {
                p.add(generatedFrom.get(path), 0, 0, "internal", "djcheck generated DRL that does not compile "
                        + "(please report this): " + message);
                continue;
            }
            String text = drl.getOrDefault(path, "");
            if (err instanceof DescrBuildError d && d.getObject() instanceof CompilationProblem[] javaErrors
                    && d.getDescr() instanceof RuleDescr rule && javaErrors.length > 0) {
                if (brokenConditions.contains(rule.getName())) {
                    continue;
                }
                for (CompilationProblem j : javaErrors) {
                    int line = rule.getConsequenceLine() + j.getStartLine() - CONSEQUENCE_JAVA_LINE + 1;
                    if (line < rule.getConsequenceLine() || line > Math.max(rule.getEndLine(), rule.getConsequenceLine())) {
                        line = rule.getLine();
                    }
                    p.add(path, line, firstColumn(text, line), "drl-compile", "in the consequence of rule \""
                            + rule.getName() + "\": " + oneLine(j.getMessage()));
                }
                continue;
            }
            int line = err.getLines().length > 0 ? err.getLines()[0] : 0;
            int col = err instanceof DescrBuildError d && d.getColumn() > 0 ? d.getColumn() + 1 : 0;
            Matcher m = BRACKET_POSITION.matcher(err.getMessage());
            Matcher parser = PARSER_POSITION.matcher(err.getMessage());
            if (m.find()) {
                line = Integer.parseInt(m.group(1));
                col = Integer.parseInt(m.group(2)) + 1;
            } else if (parser.find()) {
                line = Integer.parseInt(parser.group(1));
                col = Integer.parseInt(parser.group(2)) + 1;
            }
            int culprit = culpritColumn(text, line, message);
            p.add(path, Math.max(line, 0), culprit > 0 ? culprit : col, "drl-compile", message);
        }
    }

    /** The 1-based column of the text the message names, when it stands on {@code line}; else 0. */
    private static int culpritColumn(String drl, int line, String message) {
        String l = line(drl, line);
        if (l == null) {
            return 0;
        }
        for (Pattern pattern : CULPRITS) {
            Matcher m = pattern.matcher(message);
            while (m.find()) {
                int at = l.indexOf(m.group(1).strip());
                if (!m.group(1).isBlank() && at >= 0) {
                    return at + 1;
                }
            }
        }
        return 0;
    }

    private static int firstColumn(String drl, int line) {
        String l = line(drl, line);
        if (l == null) {
            return 0;
        }
        int i = 0;
        while (i < l.length() && Character.isWhitespace(l.charAt(i))) {
            i++;
        }
        return i + 1;
    }

    private static String line(String text, int line) {
        if (line < 1) {
            return null;
        }
        String[] lines = text.split("\n", -1);
        return line <= lines.length ? lines[line - 1] : null;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
