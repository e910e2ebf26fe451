package io.djcheck.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Word's automatic list numbers written out as the text a reader sees ("一、", "（二）", "3."),
 * because section detection reads headings by their numbers. Keeps one counter per list and level:
 * a level counts up from its start value; using a level restarts the levels below it (unless a
 * level says it restarts only after a higher one, or never); the level text ({@code "%1、"},
 * {@code "（%2）"}, {@code "%1.%2"}) has each {@code %n} replaced by level n's counter in that
 * level's format. Used for .docx and .doc alike; one instance per document.
 */
final class ListNumbering {

    static final int LEVELS = 9;

    /**
     * One level of a list definition.
     *
     * @param start        the first number
     * @param format       how the counter is written
     * @param text         the level text, e.g. {@code "%1、"}; {@code %n} stands for level n's counter
     * @param restartAfter restart this level when a level at or above {@code restartAfter - 1} is
     *                     used (Word's {@code lvlRestart}); {@code -1} for any higher level (the
     *                     default), {@code 0} for never
     * @param legal        write every counter in the text in decimal (Word's "legal" numbering)
     */
    record Level(int start, ListNumberFormat format, String text, int restartAfter, boolean legal) {
        static Level decimal(String text) {
            return new Level(1, ListNumberFormat.DECIMAL, text, -1, false);
        }
    }

    /** The counters of one list: {@code null} where the level has not been used since its last restart. */
    private final Map<Object, Integer[]> counters = new HashMap<>();

    /**
     * The label of the next paragraph of list {@code list} at level {@code ilvl}, advancing the
     * counters; empty for bullets and unnumbered levels.
     *
     * @param levels       the list's levels by index (may return {@code null} for an undefined level)
     * @param startOverride when not {@code null}, this level restarts at this value (Word's
     *                      {@code startOverride} on the first paragraph of a restarted list)
     */
    String next(Object list, int ilvl, IntFunction<Level> levels, Integer startOverride) {
        int lvl = Math.max(0, Math.min(LEVELS - 1, ilvl));
        Integer[] c = counters.computeIfAbsent(list, k -> new Integer[LEVELS]);
        Level level = levels.apply(lvl);
        if (level == null) {
            level = Level.decimal("%" + (lvl + 1) + ".");
        }
        if (startOverride != null) {
            c[lvl] = startOverride;
        } else {
            c[lvl] = c[lvl] == null ? level.start() : c[lvl] + 1;
        }
        for (int deeper = lvl + 1; deeper < LEVELS; deeper++) {
            Level d = levels.apply(deeper);
            int restartAfter = d == null ? -1 : d.restartAfter();
            if (restartAfter < 0 || (restartAfter > 0 && lvl < restartAfter)) {
                c[deeper] = null;
            }
        }
        if (level.format().isBullet() && !level.text().contains("%")) {
            return "";
        }
        return render(level, c, levels);
    }

    private static String render(Level level, Integer[] c, IntFunction<Level> levels) {
        String text = level.text();
        StringBuilder out = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
                int ref = text.charAt(i + 1) - '1';
                Level r = levels.apply(ref);
                if (r == null) {
                    r = Level.decimal("");
                }
                int value = c[ref] != null ? c[ref] : r.start();
                ListNumberFormat f = level.legal() ? ListNumberFormat.DECIMAL : r.format();
                out.append(f.format(value));
                i++;
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
