/**
 * The domain model of a checked report: immutable records, no Drools, no JSON, no files.
 *
 * <p>Every fact ({@link io.djcheck.model.Quantity}, {@link io.djcheck.model.Mention},
 * {@link io.djcheck.model.Placeholder}, {@link io.djcheck.model.FormatIssue}) carries the
 * {@link io.djcheck.model.Evidence} that proves it: offsets into the normalised report text and
 * the clause quoted from it.
 */
package io.djcheck.model;
