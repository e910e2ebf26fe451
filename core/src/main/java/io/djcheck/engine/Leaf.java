package io.djcheck.engine;

import io.djcheck.model.Internal;
import io.djcheck.model.Status;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One check a rule makes on the facts. Each kind of leaf says, in its own class, everything
 * djcheck does with it: the DRL it compiles to, the messages a rule built on it shows by default,
 * and how {@code explain} words what it checked and why it gave its status. Adding a kind of leaf
 * is one class here plus its YAML reading in {@code io.djcheck.pack.YamlRuleReader}.
 */
@Internal
public sealed interface Leaf extends CheckNode
        permits MentionCheck, QuantityCheck, FiguresCheck, SectionCheck, GenreCheck, CountCheck, AbsentCheck, DrlLeaf {

    /** Writes the DRL rules that report this leaf's status to {@code outcomes}. */
    void writeDrl(DrlWriter drl);

    /** The message templates of a rule made of this leaf alone, per status, with placeholders such as {quote}. */
    Map<Status, String> defaultMessages(Labels labels);

    /** What the leaf checks, in the words of the YAML format: {@code quantity members.new value >= new_members_min}. */
    String describe();

    /**
     * Why the leaf gave its status, from what it found; the caller adds the status. Comparisons
     * ({@code actual}, {@code op}, {@code param} in the values) are worded by the caller.
     */
    String explain(String ruleId, LeafResult result);

    /** What a compared figure is, for a comparison's explanation: {@code members.new value}. */
    default String subject() {
        return "actual";
    }

    /** The concepts whose facts the leaf looks at; empty when it looks at no concept in particular. */
    default Set<String> conceptFilter() {
        return Set.of();
    }

    /** The parameters the leaf compares with. */
    default List<String> params() {
        return List.of();
    }
}
