package io.djcheck.extract;

import io.djcheck.model.Qualifier;

/**
 * A number as written in the text, with what belongs to it: its qualifier words (超过, 余, 以上),
 * its multiplier (万) and its unit. {@code [start, end)} covers all of it; {@code value} is null
 * when the number is masked (X名, **次). {@code chinese} marks numbers written in Chinese numerals.
 */
record NumberToken(int start, int end, Double value, Double upper, Qualifier qualifier, String unit, boolean chinese) {

    boolean masked() {
        return qualifier == Qualifier.MASKED;
    }

    NumberToken withQualifier(Qualifier q) {
        return new NumberToken(start, end, value, upper, q, unit, chinese);
    }
}
