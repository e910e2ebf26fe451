package io.djcheck.extract;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HitColumnTest {

    private static Term term(String key) {
        return Term.of(Term.Kind.MENTION, key);
    }

    @Test
    void hitsAddedInEndOrderComeOutByStartLongestFirst() {
        HitColumn c = new HitColumn();
        // as the automaton reports 开展民主评议党员: 民主评议 (2-6), then at 8 the longest first: 民主评议党员, 党员
        c.add(2, 6, term("short"));
        c.add(2, 8, term("long"));
        c.add(6, 8, term("member"));
        assertThat(c.all()).extracting(h -> h.start() + "-" + h.end() + ":" + h.term().key())
                .containsExactly("2-8:long", "2-6:short", "6-8:member");
    }

    @Test
    void keepsTheOrderOfMeaningsOfOneString() {
        HitColumn c = new HitColumn();
        c.add(0, 2, term("a"));
        c.add(0, 2, term("b"));
        c.add(1, 2, term("c"));
        assertThat(c.all()).extracting(h -> h.term().key()).containsExactly("a", "b", "c");
    }

    @Test
    void ordersLikeAStableSortOfRandomHitsInEndOrder() {
        Random random = new Random(16);
        for (int round = 0; round < 200; round++) {
            List<Hit> reported = new ArrayList<>();
            for (int end = 1; end < 300; end++) {
                for (int len = 12; len >= 1; len--) {     // at one end the automaton reports the longest first
                    if (len <= end && random.nextInt(6) == 0) {
                        reported.add(new Hit(end - len, end, term(end + "/" + len)));
                    }
                }
            }
            HitColumn c = new HitColumn();
            reported.forEach(h -> c.add(h.start(), h.end(), h.term()));
            List<Hit> sorted = new ArrayList<>(reported);
            sorted.sort(Comparator.comparingInt(Hit::start).thenComparing(Hit::end, Comparator.reverseOrder()));
            assertThat(c.all()).isEqualTo(sorted);
        }
    }

    @Test
    void makesEachHitOnceAndFindsPositionsByBinarySearch() {
        HitColumn c = new HitColumn();
        for (int i = 0; i < 20; i++) {
            c.add(i * 3, i * 3 + 2, term("t" + i));
        }
        assertThat(c.hit(5)).isSameAs(c.hit(5)).isSameAs(c.all().get(5));
        assertThat(c.firstStartingAtOrAfter(0)).isZero();
        assertThat(c.firstStartingAtOrAfter(7)).isEqualTo(3);
        assertThat(c.firstStartingAtOrAfter(9)).isEqualTo(3);
        assertThat(c.firstStartingAtOrAfter(100)).isEqualTo(20);
        assertThatThrownBy(() -> c.add(60, 61, term("late"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void hitsOfAScanAnswerTheQuestionsAsBefore() {
        TermAutomaton<Term> a = TermAutomaton.build(Map.of(
                "民主评议", List.of(term("short")), "民主评议党员", List.of(term("long")), "党员", List.of(term("member"))));
        HitColumn[] columns = new HitColumn[Term.Kind.values().length];
        columns[Term.Kind.MENTION.ordinal()] = new HitColumn();
        a.scan("开展民主评议党员工作", (s, e, payloads) -> columns[Term.Kind.MENTION.ordinal()].add(s, e, payloads.get(0)));
        Hits hits = new Hits(columns, 6);
        assertThat(hits.longest(Term.Kind.MENTION)).extracting(h -> h.term().key()).containsExactly("long");
        assertThat(hits.within(Term.Kind.MENTION, 2, 7)).extracting(h -> h.term().key()).containsExactly("short");
        assertThat(hits.startingAt(Term.Kind.MENTION, 2).term().key()).isEqualTo("long");
        assertThat(hits.endingAt(Term.Kind.MENTION, 8).term().key()).isEqualTo("long");
        assertThat(hits.inside(Term.Kind.MENTION, 7)).isTrue();
        assertThat(hits.inside(Term.Kind.MENTION, 8)).isFalse();
        assertThat(hits.of(Term.Kind.NEGATION)).isEmpty();
    }

    @Test
    void longestKeepsWhatNoLongerHitOfItsKindOrNeutralWordCovers() {
        Random random = new Random(8);
        for (int round = 0; round < 300; round++) {
            HitColumn[] columns = new HitColumn[Term.Kind.values().length];
            List<List<Hit>> reported = new ArrayList<>();
            for (Term.Kind kind : List.of(Term.Kind.MENTION, Term.Kind.NEUTRAL)) {
                HitColumn c = new HitColumn();
                List<Hit> all = new ArrayList<>();
                for (int end = 1; end < 80; end++) {
                    for (int len = 6; len >= 1; len--) {
                        if (len <= end && random.nextInt(kind == Term.Kind.MENTION ? 4 : 15) == 0) {
                            Hit h = new Hit(end - len, end, Term.of(kind, end + "/" + len));
                            c.add(h.start(), h.end(), h.term());
                            all.add(h);
                        }
                    }
                }
                columns[kind.ordinal()] = c;
                reported.add(all);
            }
            List<Hit> expected = new ArrayList<>();
            for (Hit h : columns[Term.Kind.MENTION.ordinal()].all()) {
                boolean covered = reported.stream().flatMap(List::stream)
                        .anyMatch(o -> o.start() <= h.start() && o.end() >= h.end() && o.length() > h.length());
                if (!covered) {
                    expected.add(h);
                }
            }
            assertThat(new Hits(columns, 6).longest(Term.Kind.MENTION)).isEqualTo(expected);
        }
    }
}
