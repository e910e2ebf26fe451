package io.djcheck.extract;

import io.djcheck.model.Document;
import io.djcheck.model.InputFormat;
import io.djcheck.model.Mention;
import io.djcheck.model.Quantity;
import io.djcheck.model.Report;
import io.djcheck.pack.TestLexicons;

import java.util.List;

/** Extraction with the default pack's lexicon, for the tests of this package. */
final class Extraction {

    static final Extractor EXTRACTOR = new Extractor(TestLexicons.defaultLexicon());

    private Extraction() {
    }

    static Report extract(String text) {
        return EXTRACTOR.extract(new Document("test.txt", "0", text, InputFormat.TEXT));
    }

    /** The quantities of {@code text} bound to {@code concept}. */
    static List<Quantity> quantities(String text, String concept) {
        return extract(text).quantities().stream().filter(q -> q.concept().equals(concept)).toList();
    }

    /** The only quantity of {@code text} bound to a vocabulary concept (not {@code other}); fails when there are several. */
    static Quantity onlyConceptQuantity(String text) {
        List<Quantity> found = extract(text).quantities().stream().filter(q -> !q.concept().equals("other")).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one concept quantity in “" + text + "”, got " + found);
        }
        return found.get(0);
    }

    static List<Mention> mentions(String text, String concept) {
        return extract(text).mentions().stream().filter(m -> m.concept().equals(concept)).toList();
    }
}
