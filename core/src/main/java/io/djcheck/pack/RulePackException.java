package io.djcheck.pack;

import java.util.List;

/** A rule pack that cannot be used, with every problem found in it (not just the first). */
public final class RulePackException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<PackProblem> problems;

    public RulePackException(String packName, List<PackProblem> problems) {
        super(summary(packName, PackProblem.sorted(problems)));
        this.problems = PackProblem.sorted(problems);
    }

    public List<PackProblem> problems() {
        return problems;
    }

    private static String summary(String packName, List<PackProblem> problems) {
        if (problems.size() == 1) {
            return "rule pack " + packName + " is invalid: " + problems.get(0);
        }
        StringBuilder sb = new StringBuilder("rule pack " + packName + " is invalid: " + problems.size() + " problems");
        for (PackProblem p : problems) {
            sb.append("\n  ").append(p);
        }
        return sb.toString();
    }
}
