package io.djcheck.model;

import java.util.Map;
import java.util.Objects;

/**
 * A number the report states about a concept: "新发展党员12人" is {@code members.new} 12 人.
 *
 * @param concept    vocabulary key ({@code members.new}), or {@code other} for a number with a unit
 *                   that belongs to no concept
 * @param value      the number, or the lower bound of a range; {@code null} when masked
 * @param upper      the upper bound of a range, else {@code null}
 * @param unit       canonical unit: 次 人 人次 个 元 亩 % ... (万元 is stored as 元)
 * @param perYear    the value normalised to a year where the text gives a frequency (每季度1次 → 4),
 *                   else {@code null}
 * @param attributes further typed facts, e.g. {@code thresholdYuan} for village income counts
 */
public record Quantity(
        String concept,
        Double value,
        Double upper,
        Qualifier qualifier,
        String unit,
        Double perYear,
        FactContext context,
        Map<String, Object> attributes,
        Evidence evidence) implements Fact {

    /** The attribute holding the income level (in 元) that a village count refers to. */
    public static final String THRESHOLD_YUAN = "thresholdYuan";

    public Quantity {
        Objects.requireNonNull(concept, "concept");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(evidence, "evidence");
        if (qualifier == Qualifier.MASKED && value != null) {
            throw new IllegalArgumentException("a masked quantity has no value, got " + value);
        }
        requireFinite("value", value);
        requireFinite("upper", upper);
        requireFinite("perYear", perYear);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** Infinity or NaN would print as no number in JSON and break every comparison. */
    private static void requireFinite(String what, Double v) {
        if (v != null && !Double.isFinite(v)) {
            throw new IllegalArgumentException("a quantity's " + what + " must be a finite number, got " + v);
        }
    }

    public boolean masked() {
        return qualifier == Qualifier.MASKED;
    }

    /** The yearly figure rules compare: {@code perYear} where a frequency was given, else {@code value}. */
    public Double annualValue() {
        return perYear != null ? perYear : value;
    }

    /** The income level of a village count ({@code villages.income_at_or_above}), else {@code null}. */
    public Double thresholdYuan() {
        return attributes.get(THRESHOLD_YUAN) instanceof Number n ? n.doubleValue() : null;
    }
}
