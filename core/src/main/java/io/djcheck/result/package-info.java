/**
 * What a check gives back: {@link io.djcheck.result.CheckResult} (score, grade, one
 * {@link io.djcheck.result.Finding} per rule, the report's facts, explain), its published JSON form
 * ({@link io.djcheck.result.ResultJson}) and a result read back from that JSON
 * ({@link io.djcheck.result.StoredResult}); both show the same {@link io.djcheck.result.ResultView}.
 */
package io.djcheck.result;
