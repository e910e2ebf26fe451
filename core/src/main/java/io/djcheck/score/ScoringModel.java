package io.djcheck.score;

import io.djcheck.model.Grade;
import io.djcheck.engine.RuleDefinition;
import io.djcheck.model.Severity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How findings become a score and a grade ({@code scoring.yaml}): categories with weights that sum
 * to 100, a deduction per severity (a rule may set its own), the fraction of it a NOT_EVIDENCED
 * finding costs, the grade a failed VETO rule caps the report at, and the grade bands.
 *
 * Read from a pack's {@code scoring.yaml} by {@code io.djcheck.pack}, which also checks it.
 */
public final class ScoringModel {

    /** A scoring category and its weight (points it starts with). */
    public record Category(String name, double weight) {
    }

    /** A grade band: reports scoring at least {@code min} get {@code grade}, shown as {@code label}. */
    public record Band(Grade grade, String label, double min) {
    }

    private final List<Category> categories;
    private final Map<Severity, Double> deductions;
    private final double notEvidencedFraction;
    private final Grade vetoGrade;
    private final List<Band> bands;

    public ScoringModel(List<Category> categories, Map<Severity, Double> deductions, double notEvidencedFraction,
                        Grade vetoGrade, List<Band> bands) {
        this.categories = List.copyOf(categories);
        this.deductions = Collections.unmodifiableMap(new EnumMap<>(deductions));
        this.notEvidencedFraction = notEvidencedFraction;
        this.vetoGrade = vetoGrade;
        List<Band> sorted = new ArrayList<>(bands);
        sorted.sort((a, b) -> Double.compare(b.min(), a.min()));
        this.bands = List.copyOf(sorted);
    }

    public List<Category> categories() { return categories; }
    public Map<Severity, Double> deductions() { return deductions; }
    public double notEvidencedFraction() { return notEvidencedFraction; }
    public Grade vetoGrade() { return vetoGrade; }
    /** Bands from the highest minimum down. */
    public List<Band> bands() { return bands; }

    /** Points a FAIL of {@code rule} costs. */
    public double deduction(RuleDefinition rule) {
        return rule.deduction() != null ? rule.deduction() : deductions.getOrDefault(rule.severity(), 0.0);
    }

    public Band band(double score) {
        for (Band b : bands) {
            if (score >= b.min()) {
                return b;
            }
        }
        return bands.get(bands.size() - 1);
    }

    public Band band(Grade grade) {
        for (Band b : bands) {
            if (b.grade() == grade) {
                return b;
            }
        }
        return new Band(grade, grade.defaultLabel(), 0);
    }

    /** 好 ≥ 90, 较好 ≥ 80, 一般 ≥ 60, 差 below: the bands of a scoring.yaml that gives none. */
    public static List<Band> defaultBands() {
        return List.of(new Band(Grade.EXCELLENT, "好", 90), new Band(Grade.GOOD, "较好", 80),
                new Band(Grade.FAIR, "一般", 60), new Band(Grade.POOR, "差", 0));
    }
}
