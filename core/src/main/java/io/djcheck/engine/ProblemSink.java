package io.djcheck.engine;

import io.djcheck.model.Internal;

/**
 * Where the engine reports a problem of a rule it reads or compiles, with its place, so that the
 * pack that collects them ({@code io.djcheck.pack.Problems}) can list every problem at once.
 */
@Internal
@FunctionalInterface
public interface ProblemSink {

    /** One problem: {@code rules/jiti.drl:12:5: drl-syntax: ...}. */
    void add(String file, int line, int column, String code, String message);

    /**
     * {@code file} could not be read (it does not parse), which was reported: the names it would
     * have defined are unknown, so a sink may leave out what only echoes that one cause.
     */
    default void unread(String file) {
    }
}
