package io.djcheck.pack;

import io.djcheck.model.Internal;
import io.djcheck.engine.ProblemSink;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Collects the problems of a pack while it loads, so that all of them are reported at once. A
 * file that does not parse is one problem: a name it could have defined (a rule id, a parameter,
 * a concept) is then not reported unknown elsewhere, since every such report would only echo it.
 */
@Internal
public final class Problems implements ProblemSink {

    /** Problem codes that say a name is unknown, with the files that could define such a name. */
    private static final Map<String, Predicate<String>> DEFINED_IN = Map.of(
            "unknown-rule", file -> file.startsWith("rules/"),
            "unknown-param", file -> file.equals("params.yaml"),
            "unknown-placeholder", file -> file.equals("params.yaml"),      // a message may name a parameter
            "unknown-profile", file -> file.equals("params.yaml"),
            "unknown-concept", file -> file.equals("lexicon.yaml"));

    private final List<PackProblem> list = new ArrayList<>();
    private final Set<String> unread = new LinkedHashSet<>();

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

    @Override
    public void unread(String file) {
        unread.add(file);
    }

    /** Whether {@code file} was read: false when it is missing or does not parse (each reported where found). */
    boolean read(String file) {
        return !unread.contains(file);
    }

    public boolean isEmpty() {
        return list().isEmpty();
    }

    public int size() {
        return list().size();
    }

    /** The problems, less the unknown names that a file which did not parse could have defined. */
    public List<PackProblem> list() {
        return list.stream().filter(problem -> !echoesUnread(problem)).toList();
    }

    private boolean echoesUnread(PackProblem problem) {
        Predicate<String> defines = DEFINED_IN.get(problem.code());
        return defines != null && unread.stream().anyMatch(defines);
    }

    /** Throws a {@link RulePackException} listing every problem, if there is any. */
    public void throwIfAny(String packName) {
        if (!isEmpty()) {
            throw new RulePackException(packName, list());
        }
    }
}
