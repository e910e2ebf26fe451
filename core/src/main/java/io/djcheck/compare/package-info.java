/**
 * Year over year: {@link io.djcheck.compare.YearOverYear#compare} sets last year's report beside this
 * year's — what became of each problem and promise named last year, figures repeated identically,
 * sentences reused verbatim — each with evidence from both reports. Built on the extracted
 * {@link io.djcheck.model.Report} only: no pack, no rules, no files.
 */
package io.djcheck.compare;
