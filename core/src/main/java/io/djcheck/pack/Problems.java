package io.djcheck.pack;

import io.djcheck.model.Internal;
import io.djcheck.engine.ProblemSink;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Collects the problems of a pack while it loads, so that all of them are reported at once. */
@Internal
public final class Problems implements ProblemSink {

    private final List<PackProblem> list = new ArrayList<>();

    @Override
    public void add(String file, int line, int column, String code, String message) {
        list.add(new PackProblem(file, line, column, code, message));
    }

    @Override
    public void add(String file, int line, int column, String code, String message, Map<String, Object> params) {
        list.add(new PackProblem(file, line, column, code, message, params));
    }

    public void add(YamlNode at, String code, String message) {
        add(at.file(), at.line(), at.column(), code, message);
    }

    public void addAll(List<PackProblem> problems) {
        list.addAll(problems);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public int size() {
        return list.size();
    }

    public List<PackProblem> list() {
        return List.copyOf(list);
    }

    /** Throws a {@link RulePackException} listing every problem, if there is any. */
    public void throwIfAny(String packName) {
        if (!list.isEmpty()) {
            throw new RulePackException(packName, list);
        }
    }
}
