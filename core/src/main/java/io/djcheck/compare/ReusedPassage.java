package io.djcheck.compare;

import io.djcheck.model.Evidence;

/**
 * Consecutive sentences of this year's report found word for word, in the same order, in last
 * year's (enumeration marks and white space aside).
 *
 * @param paragraph whether the passage is a whole paragraph of this year's report
 * @param chars     its length in characters
 */
public record ReusedPassage(Evidence last, Evidence current, boolean paragraph, int chars) {
}
