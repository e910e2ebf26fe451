package io.djcheck.extract;

import com.hankcs.hanlp.HanLP;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Traditional characters to Simplified, with HanLP's converter (phrase-aware: 乾淨 → 干净 but 乾坤
 * stays). The converter loads its dictionary on first use, so a report is converted only when
 * {@link #isTraditionalOnly} finds a character that never occurs in Simplified text; that check is a
 * bit lookup per character, done while the text is normalised anyway.
 *
 * <p>The characters come from the converter's own table (HanLP's {@code data/dictionary/tc/t2s.txt}):
 * every single character it maps to something else and that no mapping produces. 乾 and 著, which are
 * also Simplified characters, are therefore not in the set.
 */
final class TraditionalChinese {

    static final String T2S_TABLE = "data/dictionary/tc/t2s.txt";

    private static final long[] TRADITIONAL_ONLY = traditionalOnly();

    private TraditionalChinese() {
    }

    /** Whether {@code c} is written only in Traditional Chinese (黨, 發, 後), never in Simplified. */
    static boolean isTraditionalOnly(char c) {
        return (TRADITIONAL_ONLY[c >>> 6] & (1L << c)) != 0;
    }

    static boolean containsTraditional(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (isTraditionalOnly(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Simplified text of {@code text}; may differ in length where a character leaves the BMP or a phrase is rewritten. */
    static String toSimplified(String text) {
        return HanLP.convertToSimplifiedChinese(text);
    }

    private static long[] traditionalOnly() {
        long[] keys = new long[1024];
        long[] produced = new long[1024];
        try (InputStream in = TraditionalChinese.class.getClassLoader().getResourceAsStream(T2S_TABLE)) {
            if (in == null) {
                throw new IllegalStateException("HanLP's conversion table " + T2S_TABLE
                        + " is not on the classpath; djcheck-core needs com.hankcs:hanlp (portable) to read Traditional Chinese");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int eq = line.indexOf('=');
                if (eq <= 0) {
                    continue;
                }
                String from = line.substring(0, eq);
                String to = line.substring(eq + 1);
                if (from.length() == 1 && !from.equals(to)) {
                    set(keys, from.charAt(0));
                }
                for (int i = 0; i < to.length(); i++) {
                    set(produced, to.charAt(i));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read HanLP's conversion table " + T2S_TABLE, e);
        }
        for (int i = 0; i < keys.length; i++) {
            keys[i] &= ~produced[i];
        }
        return keys;
    }

    private static void set(long[] bits, char c) {
        bits[c >>> 6] |= 1L << c;
    }
}
