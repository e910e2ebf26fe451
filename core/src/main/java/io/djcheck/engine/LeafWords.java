package io.djcheck.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Words shared by the leaves' messages and explanations. */
final class LeafWords {

    private LeafWords() {
    }

    static String sorted(Collection<String> items, String sep) {
        return items.stream().sorted().collect(Collectors.joining(sep));
    }

    static String enumNames(Collection<? extends Enum<?>> values, String sep) {
        return sorted(values.stream().map(Enum::name).toList(), sep);
    }

    /** Concepts as the lexicon names them: 三会一课、主题党日. */
    static String labels(Collection<String> concepts, Labels labels) {
        return concepts.stream().map(labels::of).distinct().collect(Collectors.joining("、"));
    }

    /** {@code format issues ORDINAL_GAP}, {@code quantities members.new}: the facts a count or absence looks at. */
    static String factKind(FactKind of, Collection<String> kinds, Collection<String> concepts) {
        List<String> filter = new ArrayList<>(kinds);
        filter.addAll(concepts);
        return filter.isEmpty() ? of.words() : of.words() + " " + sorted(filter, ", ");
    }

    /** The same facts in the words of a message: 序号重复或跳号, 有具体数字的量化事实. */
    static String factLabel(FactKind of, Set<String> kinds, Set<String> concepts, Labels labels) {
        return switch (of) {
            case PLACEHOLDERS -> "未填写的占位符或打码";
            case FORMAT_ISSUES -> kinds.isEmpty() ? "格式问题"
                    : kinds.stream().sorted().map(LeafWords::formatLabel).distinct().collect(Collectors.joining("、"));
            case QUANTITIES -> concepts.isEmpty() ? "有具体数字的量化事实" : labels(concepts.stream().sorted().toList(), labels);
            case MENTIONS -> concepts.isEmpty() ? "制度提及" : labels(concepts.stream().sorted().toList(), labels);
        };
    }

    private static String formatLabel(String kind) {
        return switch (kind) {
            case "ORDINAL_DUPLICATE", "ORDINAL_GAP" -> "序号重复或跳号";
            case "QUOTE_UNBALANCED" -> "引号或括号不配对";
            default -> kind;
        };
    }
}
