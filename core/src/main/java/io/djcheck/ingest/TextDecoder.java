package io.djcheck.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a text report: a BOM decides (UTF-8, UTF-16LE/BE); without one, bytes that
 * are valid UTF-8 are UTF-8, and otherwise GB18030 (a superset of GBK and GB2312, as saved by
 * Chinese Windows) is tried and kept only if the result looks like Chinese text.
 */
final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");

    /** The charset and the decoded text. */
    record Decoded(String text, Charset charset) {
    }

    Decoded decode(String source, byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return strict(source, b, 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return strict(source, b, 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return strict(source, b, 2, StandardCharsets.UTF_16BE);
        }
        if (looksBinary(b)) {
            throw new UnsupportedFormatException(source, "not a text document (it holds binary data); "
                    + "give a .txt, .docx, .doc or .pdf report");
        }
        Decoded utf8 = tryDecode(b, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return utf8;
        }
        Decoded gb = tryDecode(b, GB18030);
        if (gb != null && looksChinese(gb.text())) {
            return gb;
        }
        throw new UnsupportedFormatException(source, "the text is neither UTF-8 nor GB18030/GBK; "
                + "save the report as UTF-8 text (记事本: 另存为, 编码 UTF-8)");
    }

    private static Decoded strict(String source, byte[] b, int offset, Charset cs) {
        Decoded d = tryDecode(ByteBuffer.wrap(b, offset, b.length - offset), cs);
        if (d == null) {
            throw new UnsupportedFormatException(source, "the file starts with a " + cs.name()
                    + " byte-order mark but is not valid " + cs.name() + "; save it again as UTF-8 text");
        }
        return d;
    }

    private static Decoded tryDecode(byte[] b, Charset cs) {
        return tryDecode(ByteBuffer.wrap(b), cs);
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

    /** NUL bytes and other control bytes do not occur in text files. */
    static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) {
                control++;
            }
        }
        return n > 0 && control * 100 / n > 1;
    }

    /** A GB18030 decoding of random bytes yields rare characters; real text is mostly common Han and ASCII. */
    static boolean looksChinese(String s) {
        int han = 0;
        int ascii = 0;
        int other = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u4E00' && c <= '\u9FFF') {
                han++;
            } else if (c < 0x80 || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF')
                    || c == '“' || c == '”' || c == '—' || c == '…') {
                ascii++;
            } else {
                other++;
            }
        }
        return han > 0 && other * 10 < han + ascii;
    }
}
