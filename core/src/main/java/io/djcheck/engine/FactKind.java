package io.djcheck.engine;

import io.djcheck.model.Internal;

/** Which facts a count or absence check looks at. */
@Internal
public enum FactKind {
    PLACEHOLDERS("Placeholder", "placeholders"),
    FORMAT_ISSUES("FormatIssue", "format issues"),
    QUANTITIES("Quantity", "quantities"),
    MENTIONS("Mention", "mentions");

    private final String factType;
    private final String words;

    FactKind(String factType, String words) {
        this.factType = factType;
        this.words = words;
    }

    /** The model type DRL matches: {@code Placeholder}. */
    String factType() {
        return factType;
    }

    /** The facts in the words of an explanation: {@code format issues}. */
    String words() {
        return words;
    }
}
