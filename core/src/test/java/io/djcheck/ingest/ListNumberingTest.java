package io.djcheck.ingest;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ListNumberingTest {

    private static final ListNumbering.Level CHAPTER =
            new ListNumbering.Level(1, ListNumberFormat.CHINESE_COUNTING, "%1、", -1, false);
    private static final ListNumbering.Level SECTION =
            new ListNumbering.Level(1, ListNumberFormat.CHINESE_COUNTING, "（%2）", -1, false);
    private static final ListNumbering.Level ITEM =
            new ListNumbering.Level(1, ListNumberFormat.DECIMAL, "%3.", -1, false);

    private final ListNumbering numbering = new ListNumbering();

    private List<String> labels(ListNumbering.Level[] levels, int... ilvls) {
        List<String> out = new ArrayList<>();
        for (int l : ilvls) {
            out.add(numbering.next("list", l, i -> i < levels.length ? levels[i] : null, null));
        }
        return out;
    }

    @Test
    void usingALevelRestartsTheLevelsBelowIt() {
        assertThat(labels(new ListNumbering.Level[] {CHAPTER, SECTION, ITEM}, 0, 1, 2, 2, 1, 2, 0, 1, 0))
                .containsExactly("一、", "（一）", "1.", "2.", "（二）", "1.", "二、", "（一）", "三、");
    }

    @Test
    void aLevelThatRestartsOnlyAfterTheFirstKeepsCountingUnderTheSecond() {
        ListNumbering.Level running = new ListNumbering.Level(1, ListNumberFormat.DECIMAL, "%3.", 1, false);
        assertThat(labels(new ListNumbering.Level[] {CHAPTER, SECTION, running}, 0, 1, 2, 1, 2, 0, 1, 2))
                .containsExactly("一、", "（一）", "1.", "（二）", "2.", "二、", "（一）", "1.");
    }

    @Test
    void aLevelThatNeverRestartsCountsThroughTheWholeDocument() {
        ListNumbering.Level never = new ListNumbering.Level(1, ListNumberFormat.DECIMAL, "%2.", 0, false);
        assertThat(labels(new ListNumbering.Level[] {CHAPTER, never}, 0, 1, 1, 0, 1)).containsExactly("一、", "1.", "2.", "二、", "3.");
    }

    @Test
    void multiLevelTextShowsEveryCounterAndLegalNumberingShowsThemInDecimal() {
        ListNumbering.Level outline = new ListNumbering.Level(1, ListNumberFormat.DECIMAL, "%1.%2", -1, false);
        ListNumbering.Level legal = new ListNumbering.Level(1, ListNumberFormat.DECIMAL, "%1.%2", -1, true);
        assertThat(labels(new ListNumbering.Level[] {CHAPTER, outline}, 0, 1, 1)).containsExactly("一、", "一.1", "一.2");
        ListNumbering.Level[] legalLevels = {CHAPTER, legal};
        ListNumbering other = new ListNumbering();
        assertThat(other.next("x", 0, i -> i < 2 ? legalLevels[i] : null, null)).isEqualTo("一、");
        assertThat(other.next("x", 1, i -> i < 2 ? legalLevels[i] : null, null)).isEqualTo("1.1");
    }

    @Test
    void startValuesAndOverridesAndBullets() {
        ListNumbering.Level fromThree = new ListNumbering.Level(3, ListNumberFormat.DECIMAL, "%1)", -1, false);
        ListNumbering.Level bullet = new ListNumbering.Level(1, ListNumberFormat.BULLET, "\uF0B7", -1, false);
        assertThat(numbering.next("a", 0, i -> fromThree, null)).isEqualTo("3)");
        assertThat(numbering.next("a", 0, i -> fromThree, null)).isEqualTo("4)");
        assertThat(numbering.next("a", 0, i -> fromThree, 1)).isEqualTo("1)");
        assertThat(numbering.next("a", 0, i -> fromThree, null)).isEqualTo("2)");
        assertThat(numbering.next("b", 0, i -> bullet, null)).isEmpty();
        assertThat(numbering.next("c", 4, i -> null, null)).isEqualTo("1.");     // an undefined level: decimal
    }
}
