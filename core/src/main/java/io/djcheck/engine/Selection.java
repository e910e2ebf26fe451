package io.djcheck.engine;

import io.djcheck.model.Internal;
import io.djcheck.model.Quantity;

import java.util.ArrayList;
import java.util.List;

/**
 * The facts one generated leaf looks at, summarised once per check (see {@link FactSelector}): the
 * facts themselves for evidence, how many, the masked quantities, and the known values with their
 * maximum. Generated DRL matches one of these by its {@code key} instead of accumulating over every
 * fact: {@code $s : Selection(key == "QUANTITIES||members.new|AFFIRMED,", known > 0)}.
 */
@Internal
public final class Selection {

    private final String key;
    private final List<Object> facts;
    private final List<Object> unmasked;
    private final List<Object> masked;
    private final List<Object> knownFacts;
    private final Double max;

    private Selection(String key, List<Object> facts, List<Object> unmasked, List<Object> masked,
                      List<Object> knownFacts, Double max) {
        this.key = key;
        this.facts = facts;
        this.unmasked = unmasked;
        this.masked = masked;
        this.knownFacts = knownFacts;
        this.max = max;
    }

    /** {@code facts} summarised; a quantity is known when unmasked with a value (its yearly value when {@code annual}). */
    static Selection of(String key, List<Object> facts, boolean annual) {
        if (facts.isEmpty()) {
            return new Selection(key, List.of(), List.of(), List.of(), List.of(), null);   // most selections of a check
        }
        List<Object> unmasked = new ArrayList<>(facts.size());
        List<Object> masked = new ArrayList<>(0);
        List<Object> known = new ArrayList<>(facts.size());
        Double max = null;
        for (Object f : facts) {
            if (f instanceof Quantity q) {
                if (q.masked()) {
                    masked.add(q);
                    continue;
                }
                Double v = annual ? q.annualValue() : q.value();
                if (v != null) {
                    known.add(q);
                    max = max == null || v > max ? v : max;
                }
            }
            unmasked.add(f);
        }
        return new Selection(key, facts, unmasked, masked, known, max);
    }

    public String getKey() {
        return key;
    }

    /** Every fact taken, masked or not. */
    public List<Object> getFacts() {
        return facts;
    }

    /** How many facts were taken (a long, as Drools' {@code count} gives). */
    public long getCount() {
        return facts.size();
    }

    /** The facts but masked quantities. */
    public List<Object> getUnmasked() {
        return unmasked;
    }

    public int getUnmaskedCount() {
        return unmasked.size();
    }

    /** The masked quantities: stated, value unknown. */
    public List<Object> getMasked() {
        return masked;
    }

    public int getMaskedCount() {
        return masked.size();
    }

    /** The unmasked quantities with a known value. */
    public List<Object> getKnownFacts() {
        return knownFacts;
    }

    public int getKnown() {
        return knownFacts.size();
    }

    /** The largest known value, or null when none is known. */
    public Double getMax() {
        return max;
    }
}
