package io.djcheck.engine;

import io.djcheck.model.Status;
import java.util.ArrayList;
import java.util.List;

/**
 * Combines leaf statuses along a rule's check with three-valued logic, NOT_EVIDENCED being
 * "unknown" and ERROR overriding everything. Also says which leaves decided the result, so the
 * finding quotes the facts that matter (the failing child of an {@code all}, not the passing ones).
 */
final class CheckEvaluator {

    record Result(Status status, List<Integer> deciding) {
    }

    private CheckEvaluator() {
    }

    static Result evaluate(CheckNode node, List<Status> leafStatuses) {
        int[] next = {0};
        return eval(node, leafStatuses, next);
    }

    private static Result eval(CheckNode node, List<Status> leaves, int[] next) {
        if (node instanceof Leaf) {
            int i = next[0]++;
            return new Result(leaves.get(i), List.of(i));
        }
        if (node instanceof CheckNode.Not not) {
            Result r = eval(not.child(), leaves, next);
            Status s = switch (r.status()) {
                case PASS -> Status.FAIL;
                case FAIL -> Status.PASS;
                default -> r.status();
            };
            return new Result(s, r.deciding());
        }
        List<CheckNode> children = node instanceof CheckNode.All a ? a.children() : ((CheckNode.Any) node).children();
        List<Result> results = new ArrayList<>();
        for (CheckNode c : children) {
            results.add(eval(c, leaves, next));
        }
        boolean all = node instanceof CheckNode.All;
        Status decisive = all ? Status.FAIL : Status.PASS;
        for (Status s : List.of(Status.ERROR, decisive, Status.NOT_EVIDENCED)) {
            List<Integer> deciding = new ArrayList<>();
            for (Result r : results) {
                if (r.status() == s) {
                    deciding.addAll(r.deciding());
                }
            }
            if (!deciding.isEmpty()) {
                return new Result(s, deciding);
            }
        }
        List<Integer> every = new ArrayList<>();
        results.forEach(r -> every.addAll(r.deciding()));
        return new Result(all ? Status.PASS : Status.FAIL, every);
    }
}
