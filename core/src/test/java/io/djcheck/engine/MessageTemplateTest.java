package io.djcheck.engine;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A template parsed once renders as the text says for every check's values. */
class MessageTemplateTest {

    @Test
    void placeholdersAreFilledAndNumbersPrintWithoutTrailingZero() {
        assertThat(MessageTemplate.render("党委会专题研究党建工作{actual}次/年，低于{expected}次",
                Map.of("actual", 2.0, "expected", 0.5))).isEqualTo("党委会专题研究党建工作2次/年，低于0.5次");
    }

    @Test
    void aQuoteWithNothingToQuoteGoesWithItsMarksAndColon() {
        assertThat(MessageTemplate.render("未见述及：“{quote}”，请补充", Map.of())).isEqualTo("未见述及，请补充");
        assertThat(MessageTemplate.render("未见述及:“{quote}”", Map.of())).isEqualTo("未见述及");
        assertThat(MessageTemplate.render("原文：“{quote}”", Map.of("quote", "三会一课"))).isEqualTo("原文：“三会一课”");
    }

    @Test
    void bracesThatAreNoNameStayAsWrittenAndAMissingValuePrintsNothing() {
        assertThat(MessageTemplate.render("{1}{a b}{}{x}{id}{count}", Map.of("id", "JJ-01", "count", 3)))
                .isEqualTo("{1}{a b}{}JJ-013");
        assertThat(MessageTemplate.render("only { open", Map.of())).isEqualTo("only { open");
    }

    @Test
    void oneParsedTemplateRendersEachChecksValues() {
        MessageTemplate.Parsed parsed = MessageTemplate.parse("{title}：“{quote}”（{count}处）");
        assertThat(parsed.render(Map.<String, Object>of("title", "标题", "quote", "句子", "count", 2)::get))
                .isEqualTo("标题：“句子”（2处）");
        assertThat(parsed.render(Map.<String, Object>of("title", "标题", "count", 0)::get)).isEqualTo("标题（0处）");
    }
}
