package io.djcheck.extract;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TermAutomatonTest {

    private static List<String> hits(TermAutomaton<String> a, String text) {
        List<String> out = new ArrayList<>();
        a.scan(text, (s, e, payloads) -> out.add(s + "-" + e + ":" + payloads.get(0)));
        return out;
    }

    @Test
    void findsOverlappingAndNestedTerms() {
        TermAutomaton<String> a = TermAutomaton.of(Map.of("民主评议", "short", "民主评议党员", "long", "党员", "member"));
        assertThat(hits(a, "开展民主评议党员工作")).containsExactlyInAnyOrder("2-6:short", "2-8:long", "6-8:member");
    }

    @Test
    void skipsQuotationMarksInsideATerm() {
        TermAutomaton<String> a = TermAutomaton.of(Map.of("主题党日", "dangri"));
        assertThat(hits(a, "创新主题“党日”形式")).containsExactly("2-7:dangri");
    }

    @Test
    void skipsEveryKindOfQuotationMarkButMatchesOneThatOpensATerm() {
        TermAutomaton<String> a = TermAutomaton.of(Map.of("主题党日", "dangri", "“两个", "quoted"));
        assertThat(hits(a, "主题‘党日’和主题「党日」")).containsExactly("0-5:dangri", "7-12:dangri");
        // at the root a quote is matched as the term's first character; inside a term it is skipped
        assertThat(hits(a, "做到“两个维护”，“两“个")).containsExactly("2-5:quoted", "9-13:quoted");
    }

    @Test
    void followsFailureLinksAcrossPartialMatches() {
        TermAutomaton<String> a = TermAutomaton.of(Map.of("四议两公开", "siyi", "两公开", "two", "议两", "x"));
        assertThat(hits(a, "四议四议两公开")).containsExactlyInAnyOrder("3-5:x", "2-7:siyi", "4-7:two");
    }

    @Test
    void findsNothingInTextWithoutTerms() {
        TermAutomaton<String> a = TermAutomaton.of(Map.of("三会一课", "s"));
        assertThat(hits(a, "全年发展10名党员")).isEmpty();
    }
}
