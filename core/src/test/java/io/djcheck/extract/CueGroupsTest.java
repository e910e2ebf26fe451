package io.djcheck.extract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CueGroupsTest {

    private static final Lexicon.QuantityConcept DEVELOPED = new Lexicon.QuantityConcept("members.developed", "发展党员",
            List.of(List.of("发展", "党员"), List.of("新党员")), Set.of("名"), List.of("预备党员转正"), List.of());
    private static final Lexicon.QuantityConcept MEETINGS = new Lexicon.QuantityConcept("meetings.committee", "党委会",
            List.of(List.of("党委会")), Set.of("次"), List.of(), List.of());

    private final CueGroups groups = new CueGroups(List.of(DEVELOPED, MEETINGS));

    private static Hit cue(int start, String concept, int group, int index) {
        return new Hit(start, start + 2, new Term(Term.Kind.QUANTITY_CUE, concept, group, index));
    }

    private static Hit exclude(int start, String concept) {
        return new Hit(start, start + 6, Term.of(Term.Kind.QUANTITY_EXCLUDE, concept));
    }

    @Test
    void aConceptIsPresentWhenEveryCueOfOneGroupIs() {
        Hit develop = cue(2, "members.developed", 0, 0);
        Hit member = cue(7, "members.developed", 0, 1);
        assertThat(groups.present(List.of(develop), List.of())).isEmpty();
        assertThat(groups.present(List.of(develop, member), List.of()))
                .containsOnlyKeys("members.developed")
                .containsEntry("members.developed", List.of(develop, member));
        // the other group alone is enough
        assertThat(groups.present(List.of(cue(0, "members.developed", 1, 0)), List.of())).containsOnlyKeys("members.developed");
    }

    @Test
    void aCueFoundTwiceCountsOnceButIsKeptAsEvidence() {
        Hit first = cue(0, "members.developed", 0, 0);
        Hit again = cue(5, "members.developed", 0, 0);
        assertThat(groups.present(List.of(first, again), List.of())).isEmpty();
        Hit member = cue(9, "members.developed", 0, 1);
        assertThat(groups.present(List.of(first, again, member), List.of()).get("members.developed"))
                .containsExactly(first, again, member);
    }

    @Test
    void anExcludeRemovesItsConceptOnlyAndTheAnswerKeepsTheConceptsOrder() {
        List<Hit> cues = List.of(cue(0, "meetings.committee", 0, 0), cue(4, "members.developed", 1, 0));
        assertThat(groups.present(cues, List.of()).keySet()).containsExactly("members.developed", "meetings.committee");
        assertThat(groups.present(cues, List.of(exclude(10, "members.developed"))).keySet())
                .containsExactly("meetings.committee");
    }

    @Test
    void eachQuestionStartsAfresh() {
        assertThat(groups.present(List.of(cue(2, "members.developed", 0, 0)), List.of())).isEmpty();
        assertThat(groups.present(List.of(cue(7, "members.developed", 0, 1)), List.of())).isEmpty();
    }
}
