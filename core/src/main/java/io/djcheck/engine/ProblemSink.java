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
     * One problem with the values its message names, for an application that words it in its own
     * language. Pass a sink itself, not {@code sink::add}: a method reference is the five-value add and drops them.
     */
    default void add(String file, int line, int column, String code, String message, java.util.Map<String, Object> params) {
        add(file, line, column, code, message);
    }

    /**
     * {@code file} could not be read (it does not parse), which was reported: the names it would
     * have defined are unknown, so a sink may leave out what only echoes that one cause.
     */
    default void unread(String file) {
    }
}
