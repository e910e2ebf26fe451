package io.djcheck.compare;

/** A piece of a report's normalised text: {@code [start, end)} and what it says. */
record TextSpan(int start, int end, String text) {

    /** The text without a leading enumeration mark, white space or closing punctuation: what two years share. */
    String key() {
        String k = Points.stripEnumerator(text).replaceAll("\\s+", "");
        return k.replaceAll("[。；;！!？?，,：:]+$", "");
    }
}
