/**
 * A pack's own tests ({@code tests/*.yaml}): {@link io.djcheck.packtest.RuleTestRunner} runs each
 * case through a {@link io.djcheck.Checker} and {@link io.djcheck.packtest.RuleTestReport} says
 * which expectations failed and which rules no case covers. A client of the checker's public API.
 */
package io.djcheck.packtest;
