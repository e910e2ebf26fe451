/**
 * Reading a submitted report into a {@link io.djcheck.model.Document}: plain text in any Chinese
 * encoding, Word .docx and .doc, PDF, and structured JSON/YAML submissions, told apart by content.
 * A file that cannot be read raises a {@link io.djcheck.ingest.DocumentException} subtype naming
 * the file, the problem and what to do; limits ({@link io.djcheck.ingest.ReadLimits}) guard size,
 * pages and expansion, and a {@link io.djcheck.ingest.LimitExceededException} says which
 * {@link io.djcheck.ingest.Limit} was passed.
 */
package io.djcheck.ingest;
