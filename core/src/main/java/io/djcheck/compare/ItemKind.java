package io.djcheck.compare;

/** What last year's report named: a problem (存在问题, 原因) or a promise (下一步打算). */
public enum ItemKind {
    PROBLEM("问题"),
    PROMISE("承诺");

    private final String label;

    ItemKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
