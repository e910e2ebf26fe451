package io.djcheck.pack;

import io.djcheck.extract.Lexicon;
import io.djcheck.testing.Corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * Lexicons for tests of the extraction package, read with the pack's own reader: the default
 * pack's {@code lexicon.yaml} (from the source tree, as edited) or any YAML text.
 */
public final class TestLexicons {

    private static Lexicon defaultLexicon;

    private TestLexicons() {
    }

    /** The default pack's lexicon, read once. */
    public static synchronized Lexicon defaultLexicon() {
        if (defaultLexicon == null) {
            try {
                defaultLexicon = read(Files.readString(Corpus.defaultPackDir().resolve("lexicon.yaml")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return defaultLexicon;
    }

    /** A lexicon from YAML text; throws listing every problem when the text is not a valid lexicon. */
    public static Lexicon read(String yaml) {
        Problems p = new Problems();
        Lexicon lexicon = LexiconReader.read(YamlNode.parse("lexicon.yaml", yaml, p), p);
        p.throwIfAny("test lexicon");
        return lexicon;
    }
}
