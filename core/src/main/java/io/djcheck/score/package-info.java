/**
 * How findings become a score and a grade: the {@link io.djcheck.score.ScoringModel} of a pack
 * (read from scoring.yaml by the pack package; this one reads no files) and the
 * {@link io.djcheck.score.Scorer} that applies it, giving a {@link io.djcheck.score.ScoreCard}.
 */
package io.djcheck.score;
