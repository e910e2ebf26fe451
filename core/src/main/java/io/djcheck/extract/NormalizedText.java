package io.djcheck.extract;

import io.djcheck.model.Internal;

/**
 * The text extraction works on, and where each of its characters came from in the text as read:
 * {@code original(i)} is the offset in the input of normalised character {@code i}, also across
 * removed spaces and the Traditional → Simplified conversion.
 *
 * <pre>{@code
 * NormalizedText n = extractor.normalize(input);
 * int inputStart = n.original(quantity.evidence().start());
 * }</pre>
 */
@Internal
public final class NormalizedText {

    private final String text;
    private final int[] toOriginal;

    NormalizedText(String text, int[] toOriginal) {
        this.text = text;
        this.toOriginal = toOriginal;
    }

    public String text() {
        return text;
    }

    /** The offset in the input text of the normalised character at {@code offset}. */
    public int original(int offset) {
        if (offset >= toOriginal.length) {
            return toOriginal.length == 0 ? 0 : toOriginal[toOriginal.length - 1] + 1;
        }
        return toOriginal[offset];
    }
}
