package io.djcheck.result;

import io.djcheck.model.Grade;
import io.djcheck.score.ScoreCard;

import java.util.List;
import java.util.Optional;

/**
 * What every result shows, whether just checked ({@link CheckResult}) or read back from its JSON
 * ({@link StoredResult}): the score and how it came about, the findings with their evidence, the
 * report's genre, year, level and sections, and the pack it was checked with. The writers of
 * djcheck-report take this, so a resumed batch writes the same outputs for old and new results.
 */
public sealed interface ResultView permits CheckResult, StoredResult {

    /** Version of the JSON form; changes when fields change meaning or go away. */
    String SCHEMA_VERSION = "1.0";

    String schemaVersion();

    /** The file (or name) the report was read from. */
    String source();

    /** SHA-256 of the input bytes. */
    String sha256();

    /** Genre, year, level and sections of the report. */
    ReportInfo reportInfo();

    /** The pack the report was checked with. */
    RulesetInfo ruleset();

    /** How the score came about: per category, per rule, the model used. */
    ScoreCard scoreCard();

    /** False when a rule ended in ERROR: the report is then not graded as compliant. */
    boolean complete();

    /** One finding per rule, by category then rule id. */
    List<Finding> findings();

    Timings timings();

    /** The total out of 100. */
    default double score() {
        return scoreCard().total();
    }

    default Grade grade() {
        return scoreCard().grade();
    }

    /** The grade as the pack labels it (好 / 较好 / 一般 / 差). */
    default String gradeLabel() {
        return scoreCard().gradeLabel();
    }

    /** True when a failed VETO rule (一票否决) capped the grade. */
    default boolean vetoed() {
        return scoreCard().vetoed();
    }

    /** Points per scoring category, in scoring.yaml order. */
    default List<ScoreCard.CategoryScore> categories() {
        return scoreCard().categories();
    }

    default Optional<Finding> finding(String ruleId) {
        return findings().stream().filter(f -> f.ruleId().equals(ruleId)).findFirst();
    }
}
