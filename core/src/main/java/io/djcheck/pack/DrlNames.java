package io.djcheck.pack;

import io.djcheck.engine.Suggest;
import io.djcheck.extract.Lexicon;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the names a DRL file uses as text — parameters ({@code Param(name == "...")}) and concepts
 * ({@code concept == "..."}, {@code concept in ("...", ...)}) — against params.yaml and the lexicon.
 * The Drools compiler cannot: to it they are just strings, so a misspelt one would silently never
 * match and the rule would report NOT_EVIDENCED for every report.
 */
final class DrlNames {

    private static final Pattern PARAM = Pattern.compile("Param\\s*\\(\\s*name\\s*==\\s*\"([^\"]*)\"");
    private static final Pattern CONCEPT_EQ = Pattern.compile("\\bconcept\\s*[!=]=\\s*\"([^\"]*)\"");
    private static final Pattern CONCEPT_IN = Pattern.compile("\\bconcept\\s+(?:not\\s+)?in\\s*\\(([^)]*)\\)");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    /** The DRL author's API before the layout step of 0.1: io.djcheck.rules.{Outcomes, Verdict, Param}. */
    private static final Pattern MOVED = Pattern.compile("\\bio\\.djcheck\\.rules\\.(Outcomes|Verdict|Param)\\b");

    private DrlNames() {
    }

    /**
     * True when the DRL names the author's classes by their names before the layout step: it is
     * then reported once per line ({@code moved-class}) and not compiled, whose errors would only echo it.
     */
    static boolean namesMovedClasses(String drl) {
        return MOVED.matcher(drl).find();
    }

    static void check(String file, String drl, Set<String> params, Lexicon lexicon, Problems p) {
        Set<String> concepts = new LinkedHashSet<>(lexicon.conceptKeys());
        concepts.add("other");
        Matcher m = MOVED.matcher(drl);
        while (m.find()) {
            int[] at = position(drl, m.start());
            p.add(file, at[0], at[1], "moved-class", "io.djcheck.rules." + m.group(1) + " is now io.djcheck.engine."
                    + m.group(1) + "; change this line to name io.djcheck.engine." + m.group(1));
        }
        m = PARAM.matcher(drl);
        while (m.find()) {
            unknown(file, drl, m.start(1), m.group(1), params, "unknown-param", "a parameter of params.yaml", p);
        }
        m = CONCEPT_EQ.matcher(drl);
        while (m.find()) {
            unknown(file, drl, m.start(1), m.group(1), concepts, "unknown-concept", "a concept of lexicon.yaml", p);
        }
        m = CONCEPT_IN.matcher(drl);
        while (m.find()) {
            Matcher q = QUOTED.matcher(m.group(1));
            while (q.find()) {
                unknown(file, drl, m.start(1) + q.start(1), q.group(1), concepts, "unknown-concept",
                        "a concept of lexicon.yaml", p);
            }
        }
    }

    private static void unknown(String file, String drl, int at, String name, Set<String> known, String code,
                                String what, Problems p) {
        if (known.contains(name) || known.isEmpty()) {
            return;                                        // an empty vocabulary was reported where it was read
        }
        int[] where = position(drl, at);
        String hint = Suggest.closest(name, known);
        p.add(file, where[0], where[1], code, "'" + name + "' is not " + what
                + (hint != null ? " (did you mean " + hint + "?)" : ""));
    }

    /** Line (from 1) and column (from 0, as the DRL compiler counts) of offset {@code at}. */
    private static int[] position(String drl, int at) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (drl.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, at - lineStart};
    }
}
