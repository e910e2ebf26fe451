package io.djcheck.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a text report. A byte-order mark decides (UTF-8, UTF-16, UTF-32); without
 * one, bytes that are valid UTF-8 are UTF-8; bytes that are UTF-8 but for a few broken sequences
 * (a file cut off mid-character, one bad byte) are UTF-8 with those replaced; otherwise GB18030 (a
 * superset of GBK and GB2312, as Chinese Windows saves text) is tried and kept only if the result
 * looks like Chinese text. Data with NUL or many control bytes is not text at all.
 */
final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");
    /** A damaged UTF-8 file still has at least this many good multi-byte characters per bad one. */
    private static final int UTF8_GOOD_PER_BAD = 50;

    /** The charset and the decoded text. */
    record Decoded(String text, Charset charset) {
    }

    Decoded decode(String source, byte[] b) {
        if (has(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return strict(source, b, 4, Charset.forName("UTF-32LE"));
        }
        if (has(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return strict(source, b, 4, Charset.forName("UTF-32BE"));
        }
        if (has(b, 0xEF, 0xBB, 0xBF)) {
            return strict(source, b, 3, StandardCharsets.UTF_8);
        }
        if (has(b, 0xFF, 0xFE)) {
            return strict(source, b, 2, StandardCharsets.UTF_16LE);
        }
        if (has(b, 0xFE, 0xFF)) {
            return strict(source, b, 2, StandardCharsets.UTF_16BE);
        }
        if (looksBinary(b)) {
            throw new UnsupportedFormatException(source, DocumentProblem.of("binary", "not a text document (it holds binary "
                    + "data); give the report as .docx, .doc, PDF or text"));
        }
        String lenient = new String(b, StandardCharsets.UTF_8);     // U+FFFD for each broken sequence
        if (lenient.indexOf('\uFFFD') < 0) {
            return new Decoded(lenient, StandardCharsets.UTF_8);         // valid UTF-8: the common case, one pass
        }
        Utf8Stats utf8 = Utf8Stats.of(b);
        if (utf8.bad() == 0) {
            return new Decoded(lenient, StandardCharsets.UTF_8);         // valid, with a U+FFFD of its own
        }
        if (utf8.good() >= UTF8_GOOD_PER_BAD * utf8.bad()) {
            return new Decoded(lenient, StandardCharsets.UTF_8);         // U+FFFD for the bad bytes
        }
        Decoded gb = tryDecode(ByteBuffer.wrap(b), GB18030);
        if (gb != null && looksChinese(gb.text())) {
            return gb;
        }
        throw new UnsupportedFormatException(source, DocumentProblem.of("unknown-encoding", "the text is neither UTF-8 "
                + "nor GB18030/GBK; save the report as UTF-8 text (记事本: 另存为, 编码 UTF-8)"));
    }

    private static Decoded strict(String source, byte[] b, int offset, Charset cs) {
        Decoded d = tryDecode(ByteBuffer.wrap(b, offset, b.length - offset), cs);
        if (d == null) {
            throw new UnsupportedFormatException(source, DocumentProblem.of("bad-bom", "the file starts with a " + cs.name()
                    + " byte-order mark but is not valid " + cs.name() + "; save it again as UTF-8 text", "charset", cs.name()));
        }
        return d;
    }

    private static Decoded tryDecode(ByteBuffer buf, Charset cs) {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = dec.decode(buf);
            return new Decoded(chars.toString(), cs);
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean has(byte[] b, int... bom) {
        if (b.length < bom.length) {
            return false;
        }
        for (int i = 0; i < bom.length; i++) {
            if ((b[i] & 0xFF) != bom[i]) {
                return false;
            }
        }
        return true;
    }

    /** NUL bytes and other control bytes (beyond tab, line breaks, form feed, escape) do not occur in text. */
    static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B) || c == 0x7F) {
                control++;
            }
        }
        return n > 0 && control * 100 / n >= 1;
    }

    /**
     * A GB18030 decoding of bytes that are not GB text yields rare characters (private use, symbols,
     * rare Han extensions); real reports are mostly common Han, ASCII and Chinese punctuation.
     */
    static boolean looksChinese(String s) {
        int han = 0;
        int common = 0;
        int other = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u4E00' && c <= '\u9FFF') {
                han++;
            } else if (c < 0x80 || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF')
                    || (c >= '\u2010' && c <= '\u2027') || c == '\u00B7' || c == '\u00D7') {
                common++;
            } else {
                other++;
            }
        }
        return han > 0 && other * 20 < han + common;
    }

    /** Counts of well-formed and broken multi-byte UTF-8 sequences. */
    record Utf8Stats(int good, int bad) {
        static Utf8Stats of(byte[] b) {
            int good = 0;
            int bad = 0;
            int i = 0;
            while (i < b.length) {
                int c = b[i] & 0xFF;
                if (c < 0x80) {
                    i++;
                    continue;
                }
                int len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
                if (len == 0 || i + len > b.length || !continuations(b, i + 1, len - 1)
                        || !validSecondByte(c, b[i + 1] & 0xFF)) {
                    bad++;
                    i++;
                } else {
                    good++;
                    i += len;
                }
            }
            return new Utf8Stats(good, bad);
        }

        private static boolean continuations(byte[] b, int from, int n) {
            for (int k = from; k < from + n; k++) {
                if ((b[k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            return true;
        }

        /** Overlong forms, surrogates and code points above U+10FFFF are malformed. */
        private static boolean validSecondByte(int lead, int second) {
            switch (lead) {
                case 0xE0: return second >= 0xA0;
                case 0xED: return second <= 0x9F;
                case 0xF0: return second >= 0x90;
                case 0xF4: return second <= 0x8F;
                default: return true;
            }
        }
    }
}
