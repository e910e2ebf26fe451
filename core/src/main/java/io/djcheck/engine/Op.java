package io.djcheck.engine;

import io.djcheck.model.Internal;

/** A comparison a rule makes between a figure from the report and a parameter. */
@Internal
public enum Op {
    GE(">="), GT(">"), LE("<="), LT("<"), EQ("=="), NE("!=");

    private final String symbol;

    Op(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean test(double actual, double expected) {
        return switch (this) {
            case GE -> actual >= expected;
            case GT -> actual > expected;
            case LE -> actual <= expected;
            case LT -> actual < expected;
            case EQ -> actual == expected;
            case NE -> actual != expected;
        };
    }

    /** The words a message uses for a failed comparison: 低于 for a missed minimum. */
    public String failWord() {
        return switch (this) {
            case GE, GT -> "低于";
            case LE, LT -> "超过";
            case EQ -> "不等于";
            case NE -> "等于";
        };
    }

    /** The comparison that holds when this one does not: a failed {@code >= 4} reads {@code < 4}. */
    public Op negated() {
        return switch (this) {
            case GE -> LT;
            case GT -> LE;
            case LE -> GT;
            case LT -> GE;
            case EQ -> NE;
            case NE -> EQ;
        };
    }

    public static Op ofSymbol(String s) {
        for (Op op : values()) {
            if (op.symbol.equals(s)) {
                return op;
            }
        }
        return null;
    }
}
