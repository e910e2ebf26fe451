package io.djcheck.result;

/** Where the time of one check went, in microseconds. */
public record Timings(long readMicros, long extractMicros, long rulesMicros, long scoreMicros, long totalMicros) {
}
