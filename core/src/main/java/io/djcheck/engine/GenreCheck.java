package io.djcheck.engine;

import io.djcheck.model.Genre;
import io.djcheck.model.Internal;
import io.djcheck.model.Status;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The report is of one of the genres: PASS; of another known genre: FAIL; unknown: NOT_EVIDENCED. */
@Internal
public record GenreCheck(Set<Genre> genres) implements Leaf {

    public GenreCheck {
        genres = Set.copyOf(genres);
    }

    @Override
    public void writeDrl(DrlWriter drl) {
        var literals = DrlWriter.enumLiterals("Genre", genres);
        drl.rule("is", "$r : Report(" + DrlWriter.oneOf("genre", literals) + ")",
                "outcomes.pass(kcontext).with(\"actual\", $r.genre());");
        drl.rule("is-not", "$r : Report(genre not in (" + String.join(", ", literals) + "), genre != Genre.UNKNOWN)",
                "outcomes.fail(kcontext, $r.genreEvidence()).with(\"actual\", $r.genre());");
    }

    @Override
    public Map<Status, String> defaultMessages(Labels labels) {
        String label = genres.stream().sorted().map(Genre::label).collect(Collectors.joining("或"));
        Map<Status, String> m = new EnumMap<>(Status.class);
        m.put(Status.PASS, "报告是" + label);
        m.put(Status.FAIL, "报告是{actual}，不是" + label);
        m.put(Status.NOT_EVIDENCED, "无法判断报告是否为" + label);
        return m;
    }

    @Override
    public String describe() {
        return "genre is " + LeafWords.enumNames(genres, " or ");
    }

    @Override
    public String explain(String ruleId, LeafResult r) {
        Object actual = r.values().getOrDefault("actual", "UNKNOWN");
        String actualName = actual instanceof Enum<?> e ? e.name() : actual.toString();
        return "genre " + actualName + ", required " + LeafWords.enumNames(genres, " or ");
    }
}
