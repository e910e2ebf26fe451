package io.djcheck.engine;

import io.djcheck.model.Internal;

import java.util.ArrayList;
import java.util.List;

/**
 * What a rule checks, as a tree: {@link Leaf leaves} combined with all / any / not. Each leaf is
 * compiled to DRL rules that report its status; the tree combines the leaf statuses with
 * three-valued logic (NOT_EVIDENCED is "unknown"; see {@link CheckEvaluator}): {@code all} fails if
 * any child fails, {@code any} passes if any child passes, {@code not} swaps PASS and FAIL.
 */
@Internal
public sealed interface CheckNode permits CheckNode.All, CheckNode.Any, CheckNode.Not, Leaf {

    /** Leaves in evaluation order; a leaf's index in this list names its DRL rules. */
    default List<Leaf> leaves() {
        List<Leaf> out = new ArrayList<>();
        collect(this, out);
        return out;
    }

    private static void collect(CheckNode n, List<Leaf> out) {
        if (n instanceof Leaf l) {
            out.add(l);
        } else if (n instanceof All a) {
            a.children().forEach(c -> collect(c, out));
        } else if (n instanceof Any a) {
            a.children().forEach(c -> collect(c, out));
        } else if (n instanceof Not x) {
            collect(x.child(), out);
        }
    }

    record All(List<CheckNode> children) implements CheckNode {
        public All {
            children = List.copyOf(children);
        }
    }

    record Any(List<CheckNode> children) implements CheckNode {
        public Any {
            children = List.copyOf(children);
        }
    }

    record Not(CheckNode child) implements CheckNode {
    }
}
