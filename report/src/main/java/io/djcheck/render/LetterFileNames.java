package io.djcheck.render;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File names for the letters of a batch, one per report: the organisation's name made safe on
 * Windows, macOS and Linux (no separators, no characters Windows refuses, no device names, at most
 * 80 characters), and unique in the folder — a second report of the same name gets {@code （2）}.
 * Nothing a report says can place a file outside the letters' folder.
 */
final class LetterFileNames {

    static final String SUFFIX = ".docx";
    private static final int MAX_CHARS = 80;
    private static final Pattern UNSAFE = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]+");
    private static final Pattern DEVICE = Pattern.compile("(?i)(con|prn|aux|nul|com\\d|lpt\\d)(\\..*)?");

    private final Set<String> taken = new HashSet<>();   // lower-cased: Windows and macOS ignore case

    /** A new file name (with .docx) for a letter to {@code addressee}. */
    String next(String addressee) {
        String base = safe(addressee);
        String name = base + SUFFIX;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "（" + n + "）" + SUFFIX;
        }
        return name;
    }

    static String safe(String name) {
        String s = UNSAFE.matcher(name).replaceAll("_").strip();
        s = s.replaceAll("^[. ]+|[. ]+$", "");            // Windows drops trailing dots; a leading dot hides the file
        if (s.codePointCount(0, s.length()) > MAX_CHARS) {
            s = s.substring(0, s.offsetByCodePoints(0, MAX_CHARS));
        }
        if (s.isEmpty() || DEVICE.matcher(s).matches()) {
            s = s.isEmpty() ? "报告" : "报告_" + s;
        }
        return s;
    }
}
