package io.djcheck.compare;

import io.djcheck.model.Evidence;

/**
 * A figure stated identically in both years: the same concept, value and unit ("年内召开党建工作专题会议12场次"
 * both years). For numbers of no concept ({@code other}) the clause must be the same too.
 */
public record RepeatedFigure(String concept, Double value, String unit, Evidence last, Evidence current) {
}
