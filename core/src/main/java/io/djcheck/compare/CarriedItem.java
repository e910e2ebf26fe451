package io.djcheck.compare;

import io.djcheck.model.Evidence;

import java.util.List;
import java.util.Objects;

/**
 * A problem or promise of last year's report and what became of it this year.
 *
 * @param headline the point as last year's report headed it ("组织生活质量不高")
 * @param concepts the vocabulary concepts of the facts inside the point (members.disciplined …)
 * @param last     the point in last year's report
 * @param current  the sentence or fact of this year's report that decided the status; null when DROPPED
 * @param why      how the status was decided, in one Chinese phrase
 */
public record CarriedItem(ItemKind kind, String headline, List<String> concepts, ItemStatus status,
                          Evidence last, Evidence current, String why) {

    public CarriedItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(last, "last");
        concepts = List.copyOf(concepts);
    }
}
