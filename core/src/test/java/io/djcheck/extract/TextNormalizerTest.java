package io.djcheck.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The canonical text: full-width forms, PDF spaces, line breaks, Traditional characters, and offsets back into the input. */
class TextNormalizerTest {

    private final TextNormalizer normalizer = new TextNormalizer();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # full-width digits, letters and number signs become ASCII; Chinese punctuation stays
            新发展党员１２人                   | 新发展党员12人
            覆盖率达９８．５％                 | 覆盖率达98.5%
            ＸＸ镇党委                         | XX镇党委
            １－２个                          | 1-2个
            １０～１５次                      | 10~15次
            ＊＊次                            | **次
            （一）存在问题：                   | （一）存在问题：
            # spaces PDF extraction leaves next to Chinese, digits and units
            全镇共有 15 个行政村              | 全镇共有15个行政村
            新发展党员　12　人                | 新发展党员12人
            全 镇 党 员                       | 全镇党员
            覆盖率 98 %                       | 覆盖率98%
            `G 312 国道`                      | `G 312国道`
            `  一、工作成效  `                | 一、工作成效
            # zero-width characters and soft hyphens go
            三会\u200B一课                    | 三会一课
            # Traditional characters become Simplified, phrases included
            新發展黨員12人                    | 新发展党员12人
            後進村黨組織                      | 后进村党组织
            全鄉8個村集體經濟收入達到10萬元以上 | 全乡8个村集体经济收入达到10万元以上
            部分黨員幹部理論學習不夠深入       | 部分党员干部理论学习不够深入
            組織生活會流於形式                 | 组织生活会流于形式
            “三會一課”「主題黨日」             | “三会一课”“主题党日”
            乾淨的幹部隊伍                     | 干净的干部队伍
            # Simplified text that holds 乾 or 著 is left as it is
            乾坤朗朗，成效显著                 | 乾坤朗朗，成效显著
            """)
    void normalises(String in, String expected) {
        assertThat(normalizer.normalize(in.replace("\\u200B", "\u200B")).text()).isEqualTo(expected);
    }

    @Test
    void lineBreaksBecomeNewlinesAndTrailingSpacesGo() {
        assertThat(normalizer.normalize("一、工作成效  \r\n正文\r二、存在问题").text()).isEqualTo("一、工作成效\n正文\n二、存在问题");
    }

    @Test
    void everyCharacterPointsBackIntoTheInput() {
        String in = "全镇 共有 １５ 个行政村\r\n新發展黨員　12　人";
        NormalizedText n = normalizer.normalize(in);
        assertThat(n.text()).isEqualTo("全镇共有15个行政村\n新发展党员12人");
        for (int i = 0; i < n.text().length(); i++) {
            char out = n.text().charAt(i);
            char source = in.charAt(n.original(i));
            if (out >= '0' && out <= '9') {
                assertThat(source == out || source == out + 0xFEE0).as("digit %s at %d", out, i).isTrue();
            } else if (out == '\n') {
                assertThat(source).isIn('\r', '\n');
            } else if (!TraditionalChinese.isTraditionalOnly(source)) {
                assertThat(source).as("character %d", i).isEqualTo(out);
            }
        }
        assertThat(n.original(n.text().indexOf('党'))).isEqualTo(in.indexOf('黨'));
        assertThat(n.original(n.text().length())).isEqualTo(in.length());
    }

    @Test
    void aCharacterConvertedOutsideTheBmpKeepsItsOffset() {
        // 㑮 becomes 𫝈, two UTF-16 units: both point to the one source character
        String in = "黨㑮員";
        NormalizedText n = normalizer.normalize(in);
        assertThat(n.text()).isEqualTo("党𫝈员");
        assertThat(n.original(0)).isZero();
        assertThat(n.original(1)).isEqualTo(1);
        assertThat(n.original(2)).isEqualTo(1);
        assertThat(n.original(3)).isEqualTo(2);
    }

    @Test
    void traditionalOnlyCharactersComeFromTheConvertersTable() {
        for (char c : "黨發後萬個鄉鎮縣".toCharArray()) {
            assertThat(TraditionalChinese.isTraditionalOnly(c)).as("%s", c).isTrue();
        }
        for (char c : "党发后万个乡镇县乾著干的是一二三".toCharArray()) {
            assertThat(TraditionalChinese.isTraditionalOnly(c)).as("%s", c).isFalse();
        }
        assertThat(TraditionalChinese.containsTraditional("全镇发展党员12人")).isFalse();
    }

    /** Lays {@code paragraph} out as a PDF page would: indented, cut every {@code columns} display columns. */
    static String wrap(String paragraph, int columns) {
        StringBuilder out = new StringBuilder("　　");
        int used = 4;
        for (char c : paragraph.toCharArray()) {
            int w = c < '\u2E80' ? 1 : 2;
            if (used + w > columns) {
                out.append('\n');
                used = 0;
            }
            out.append(c);
            used += w;
        }
        return out.toString();
    }

    @Test
    void aHardWrappedTextIsJoinedBackIntoParagraphs() {
        String first = "2023年，镇党委坚持以习近平新时代中国特色社会主义思想为指导，全年发展10名党员，召开党委会专题研究党建工作12次，"
                + "为基层党员上党课10场次，约谈党组织书记25人次，全镇8个村集体经济收入达到了15万元以上。";
        String second = "部分党组织“三会一课”落实不够规范，个别党员参加组织生活不够经常，党员教育管理不够严格，党员发展质量有待提高。";
        String wrapped = String.join("\n", "一、工作成效", wrap(first, 60), "二、存在问题", wrap(second, 60), "1.组织生活质量不高。");
        assertThat(wrapped.split("\n")).hasSizeGreaterThan(8);
        NormalizedText n = normalizer.normalize(wrapped);
        assertThat(n.text()).isEqualTo(String.join("\n", "一、工作成效", first, "二、存在问题", second, "1.组织生活质量不高。"));
        int joined = n.text().indexOf("10名党员");
        assertThat(wrapped.substring(n.original(joined)).replace("\n", "")).startsWith("10名党员");
    }

    @Test
    void aTextWrittenOneParagraphPerLineKeepsItsLines() {
        String text = String.join("\n",
                "××镇党委书记2023年度抓基层党建工作述职报告",
                "按照县委要求，现将本人履行党建第一责任人职责情况报告如下",
                "一、履职情况",
                "全年发展党员10名，召开党委会专题研究党建工作12次，讲党课4次，约谈村党组织书记25人次。",
                "二、存在问题",
                "部分党组织组织生活不规范。");
        assertThat(normalizer.normalize(text).text()).isEqualTo(text);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            基层党建工作情况调(diào)研报(bào)告 | 基层党建工作情况调研报告
            贯(guàn)彻落实(shí)                | 贯彻落实
            重(zhòng)要(yào)讲话             | 重要讲话
            （一）(a)项与(b)项                | （一）(a)项与(b)项
            党员(12人)                        | 党员(12人)
            """)
    void dropsPinyinGlossesButNotOtherBrackets(String in, String out) {
        org.assertj.core.api.Assertions.assertThat(new TextNormalizer().normalize(in).text()).isEqualTo(out);
    }
}
