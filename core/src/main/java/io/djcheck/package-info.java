/**
 * The face of djcheck: {@link io.djcheck.Checker} and its builder — read a report, find its facts,
 * run the pack's rules, score the findings — and nothing else public. How a check is assembled
 * from a loaded pack (extractor, rules, scorer, parameters) is package-private here.
 *
 * <pre>{@code
 * Checker checker = Checker.builder().build();          // the default pack
 * CheckResult r = checker.check(Path.of("report.docx"));
 * }</pre>
 */
package io.djcheck;
