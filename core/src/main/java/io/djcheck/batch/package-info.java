/**
 * Checking many reports: {@link io.djcheck.batch.BatchRunner} runs a bounded pipeline of workers
 * over one shared {@link io.djcheck.Checker}, in input order and constant memory, and
 * {@link io.djcheck.batch.BatchSummary} sums a batch up. A client of the checker's public API only.
 */
package io.djcheck.batch;
