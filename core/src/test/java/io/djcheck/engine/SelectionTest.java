package io.djcheck.engine;

import io.djcheck.model.Evidence;
import io.djcheck.model.FactContext;
import io.djcheck.model.Mention;
import io.djcheck.model.Qualifier;
import io.djcheck.model.Quantity;
import io.djcheck.model.Report;
import io.djcheck.model.SectionKind;
import io.djcheck.model.Genre;
import io.djcheck.model.OrgLevel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A selection takes the facts of its concepts and contexts, in report order, and summarises them. */
class SelectionTest {

    private static int at;

    private static Evidence ev() {
        at += 10;
        return new Evidence(at, at + 5, "句子" + at, SectionKind.ACHIEVEMENTS);
    }

    private static Quantity q(String concept, Double value, Double perYear, Qualifier qualifier, FactContext context) {
        return new Quantity(concept, value, null, qualifier, "次", perYear, context, Map.of(), ev());
    }

    private static final Quantity SESSIONS_3_MONTHLY = q("committee.dj_sessions", 3.0, 12.0, Qualifier.EXACT, FactContext.AFFIRMED);
    private static final Quantity SESSIONS_5 = q("committee.dj_sessions", 5.0, null, Qualifier.EXACT, FactContext.AFFIRMED);
    private static final Quantity SESSIONS_MASKED = q("committee.dj_sessions", null, null, Qualifier.MASKED, FactContext.AFFIRMED);
    private static final Quantity SESSIONS_PLANNED = q("committee.dj_sessions", 20.0, null, Qualifier.EXACT, FactContext.PLANNED);
    private static final Quantity MEMBERS = q("members.new", 7.0, null, Qualifier.EXACT, FactContext.AFFIRMED);
    private static final Mention SANHUI = new Mention("practice.sanhui_yike", FactContext.PROBLEM, ev());
    private static final Mention DANGRI = new Mention("practice.zhuti_dangri", FactContext.PROBLEM, ev());

    private static final Report REPORT = new Report("a.txt", "0", "", Genre.DUTY_REPORT, 2023,
            OrgLevel.TOWNSHIP, List.of(), List.of(SESSIONS_3_MONTHLY, MEMBERS, SESSIONS_5, SESSIONS_MASKED, SESSIONS_PLANNED),
            List.of(DANGRI, SANHUI), List.of(), List.of());

    private static Selection select(FactKind of, Set<String> concepts, Set<FactContext> contexts, boolean annual) {
        return select(new FactSelector(of, Set.of(), concepts, contexts, annual), REPORT);
    }

    /** The selection a check computes for {@code selector} over {@code report}. */
    private static Selection select(FactSelector selector, Report report) {
        return (Selection) SelectorIndex.of(List.of(selector)).select(report).get(0);
    }

    @Test
    void theYearlyMaximumOfTheKnownFiguresInTheContexts() {
        Selection s = select(FactKind.QUANTITIES, Set.of("committee.dj_sessions"), Set.of(FactContext.AFFIRMED), true);
        assertThat(s.getFacts()).containsExactly(SESSIONS_3_MONTHLY, SESSIONS_5, SESSIONS_MASKED);
        assertThat(s.getKnownFacts()).containsExactly(SESSIONS_3_MONTHLY, SESSIONS_5);
        assertThat(s.getMax()).isEqualTo(12.0);
        assertThat(s.getMasked()).containsExactly(SESSIONS_MASKED);
        assertThat(s.getUnmaskedCount()).isEqualTo(2);
        assertThat(s.getCount()).isEqualTo(3L);
    }

    @Test
    void theStatedMaximumWhenNotYearly() {
        Selection s = select(FactKind.QUANTITIES, Set.of("committee.dj_sessions"), Set.of(FactContext.AFFIRMED), false);
        assertThat(s.getMax()).isEqualTo(5.0);
        assertThat(s.getKey()).isNotEqualTo(
                select(FactKind.QUANTITIES, Set.of("committee.dj_sessions"), Set.of(FactContext.AFFIRMED), true).getKey());
    }

    @Test
    void onlyMaskedFiguresLeaveTheMaximumUnknown() {
        Quantity masked = q("members.disciplined", null, null, Qualifier.MASKED, FactContext.AFFIRMED);
        Selection s = select(new FactSelector(FactKind.QUANTITIES, Set.of(), Set.of("members.disciplined"), Set.of(), false),
                new Report("b.txt", "0", "", Genre.DUTY_REPORT, null, OrgLevel.UNKNOWN, List.of(),
                        List.of(masked), List.of(), List.of(), List.of()));
        assertThat(s.getKnown()).isZero();
        assertThat(s.getMax()).isNull();
        assertThat(s.getMaskedCount()).isEqualTo(1);
    }

    @Test
    void severalConceptsKeepReportOrderAndNoConceptTakesEveryFact() {
        assertThat(select(FactKind.MENTIONS, Set.of("practice.sanhui_yike", "practice.zhuti_dangri"),
                Set.of(FactContext.PROBLEM), false).getFacts()).containsExactly(DANGRI, SANHUI);
        assertThat(select(FactKind.MENTIONS, Set.of("practice.sanhui_yike"), Set.of(FactContext.AFFIRMED), false)
                .getCount()).isZero();
        assertThat(select(FactKind.QUANTITIES, Set.of(), Set.of(), false).getCount()).isEqualTo(5L);
    }

    @Test
    void selectorsSharingAConceptEachTakeTheirOwnFactsInOnePass() {
        FactSelector affirmed = new FactSelector(FactKind.QUANTITIES, Set.of(), Set.of("committee.dj_sessions"),
                Set.of(FactContext.AFFIRMED), false);
        FactSelector planned = new FactSelector(FactKind.QUANTITIES, Set.of(), Set.of("committee.dj_sessions", "members.new"),
                Set.of(FactContext.PLANNED), false);
        FactSelector every = new FactSelector(FactKind.QUANTITIES, Set.of(), Set.of(), Set.of(), false);
        FactSelector problems = new FactSelector(FactKind.MENTIONS, Set.of(), Set.of("practice.sanhui_yike"),
                Set.of(FactContext.PROBLEM), false);
        List<Object> all = SelectorIndex.of(List.of(affirmed, planned, every, problems)).select(REPORT);
        assertThat(((Selection) all.get(0)).getFacts()).containsExactly(SESSIONS_3_MONTHLY, SESSIONS_5, SESSIONS_MASKED);
        assertThat(((Selection) all.get(1)).getFacts()).containsExactly(SESSIONS_PLANNED);
        assertThat(((Selection) all.get(2)).getFacts())
                .containsExactly(SESSIONS_3_MONTHLY, MEMBERS, SESSIONS_5, SESSIONS_MASKED, SESSIONS_PLANNED);
        assertThat(((Selection) all.get(3)).getFacts()).containsExactly(SANHUI);
        assertThat(all).extracting(o -> ((Selection) o).getKey())
                .containsExactly(affirmed.key(), planned.key(), every.key(), problems.key());
    }
}
