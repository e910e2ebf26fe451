package io.djcheck.compare;

import java.util.List;
import java.util.Objects;

/**
 * Last year's report set beside this year's (see {@link YearOverYear}). Offsets of {@code last}
 * evidence point into last year's normalised text, of {@code current} evidence into this year's.
 *
 * @param reusedShare the share of this year's text (the characters of its sentences of 15 characters or more)
 *                    found word for word in last year's, 0–1
 * @param verdict     a short conclusion in Chinese
 */
public record Comparison(Side last, Side current, List<CarriedItem> problems, List<CarriedItem> promises,
                         List<RepeatedFigure> repeatedFigures, List<ReusedPassage> reusedPassages,
                         double reusedShare, String verdict) {

    /** The JSON form's version; it changes when a field changes meaning or goes away. */
    public static final String SCHEMA_VERSION = "1.0";

    public Comparison {
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(current, "current");
        problems = List.copyOf(problems);
        promises = List.copyOf(promises);
        repeatedFigures = List.copyOf(repeatedFigures);
        reusedPassages = List.copyOf(reusedPassages);
    }

    /** One of the two reports: where it came from, whose it is, its year, and its normalised text. */
    public record Side(String source, String sha256, String organisation, String orgLevel, Integer year, String text) {
    }

    /** How many items of this kind ended with this status. */
    public long count(ItemKind kind, ItemStatus status) {
        return (kind == ItemKind.PROBLEM ? problems : promises).stream().filter(i -> i.status() == status).count();
    }
}
