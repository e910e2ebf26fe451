package io.djcheck.extract;

import io.djcheck.model.Qualifier;
import io.djcheck.pack.TestLexicons;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every written form of a counted number: the first number with a unit in the text, read as value, upper, qualifier and unit. */
class NumberScannerTest {

    private static final Lexicon LEXICON = TestLexicons.defaultLexicon();
    private static final NumberScanner SCANNER = new NumberScanner(LEXICON);

    static List<NumberToken> scan(String raw) {
        String text = new TextNormalizer().normalize(raw).text();
        return SCANNER.scan(text, LEXICON.index().scan(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # decimal multipliers are exact
            4.6亿元                              | 460000000 | -    | EXACT    | 元
            2.15万亩                             | 21500     | -    | EXACT    | 亩
            1.1万人次                            | 11000     | -    | EXACT    | 人次
            0.7万元                              | 7000      | -    | EXACT    | 元
            # 个小时, 个月 are units of time, not 个
            集中培训3个小时                       | 3         | -    | EXACT    | 小时
            驻村工作6个月                         | 6         | -    | EXACT    | 月
            5个工作日内办结                       | 5         | -    | EXACT    | 天
            # Arabic numbers, decimals, thousands
            新发展党员12人                    | 12       | -      | EXACT    | 人
            发展党员13名                      | 13       | -      | EXACT    | 人
            平均年龄49.8岁                    | 49.8     | -      | EXACT    | 岁
            办结为民事项2,190件               | 2190     | -      | EXACT    | 件
            投入帮扶资金1,234.56元            | 1234.56  | -      | EXACT    | 元
            人均增收0.3万元                   | 3000     | -      | EXACT    | 元
            党员参学率达99.35%                | 99.35    | -      | EXACT    | %
            发放慰问金0.125亿元               | 12500000 | -      | EXACT    | 元
            整改问题007个                     | 7        | -      | EXACT    | 个
            # Chinese numerals
            发展党员两名                      | 2        | -      | EXACT    | 人
            召开会议十二次                    | 12       | -      | EXACT    | 次
            培训二十场次                      | 20       | -      | EXACT    | 次
            覆盖一百零五户                    | 105      | -      | EXACT    | 户
            建成三百二十个                    | 320      | -      | EXACT    | 个
            一千零一人                        | 1001     | -      | EXACT    | 人
            # 万/亿/千 multipliers and units with a factor
            帮扶资金1.2万余元                 | 12000    | -      | APPROX   | 元
            收入达到15万元以上                | 150000   | -      | AT_LEAST | 元
            总投资1.3亿元                     | 130000000 | -     | EXACT    | 元
            培训3千余人次                     | 3000     | -      | APPROX   | 人次
            资金10余万元                      | 100000   | -      | APPROX   | 元
            筹措资金50千元                    | 50000    | -      | EXACT    | 元
            五十万元                          | 500000   | -      | EXACT    | 元
            # approximations before and after
            培训农村实用技术人才50余人次       | 50       | -      | APPROX   | 人次
            解决困难80多件                    | 80       | -      | APPROX   | 件
            参加人数100人左右                 | 100      | -      | APPROX   | 人
            近200名党员                       | 200      | -      | APPROX   | 人
            约30次                            | 30       | -      | APPROX   | 次
            超过5万元                         | 50000    | -      | AT_LEAST | 元
            至少1次                           | 1        | -      | AT_LEAST | 次
            不少于4次                         | 4        | -      | AT_LEAST | 次
            不超过3人                         | 3        | -      | AT_MOST  | 人
            不足5万元                         | 50000    | -      | AT_MOST  | 元
            低于10万元                        | 100000   | -      | AT_MOST  | 元
            未达到10万元                      | 100000   | -      | AT_MOST  | 元
            5万元以下                         | 50000    | -      | AT_MOST  | 元
            百余人                            | 100      | -      | APPROX   | 人
            千余名党员                        | 1000     | -      | APPROX   | 人
            十余次                            | 10       | -      | APPROX   | 次
            # ranges
            每人联系1—2个党组织               | 1        | 2      | RANGE    | 个
            培育创办3-5个示范合作社            | 3        | 5      | RANGE    | 个
            开展10~15次                       | 10       | 15     | RANGE    | 次
            收入5万至10万元                   | 50000    | 100000 | RANGE    | 元
            收入5至10万元                     | 50000    | 100000 | RANGE    | 元
            收入5万元至10万元                 | 50000    | 100000 | RANGE    | 元
            发展党员1至2名                    | 1        | 2      | RANGE    | 人
            三至五个                          | 3        | 5      | RANGE    | 个
            两三个村                          | 2        | 3      | RANGE    | 个
            十二三人                          | 12       | 13     | RANGE    | 人
            二三十人                          | 20       | 30     | RANGE    | 人
            三五个                            | 3        | 5      | RANGE    | 个
            # percentages and fractions
            办结率达到99%                     | 99       | -      | EXACT    | %
            上升到87.9%                       | 87.9     | -      | EXACT    | %
            百分之九十五                      | 95       | -      | EXACT    | %
            三分之二的村                      | 66.67    | -      | EXACT    | %
            提高5个百分点                     | 5        | -      | EXACT    | 百分点
            # masks: the value is unknown, never zero
            全镇X个基层党组织                 | -        | -      | MASKED   | 个
            上专题党课*次                     | -        | -      | MASKED   | 次
            召开中心组学习会**次               | -        | -      | MASKED   | 次
            征订各类书籍共***套                | -        | -      | MASKED   | 套
            发展党员xx名                      | -        | -      | MASKED   | 人
            ××户                              | -        | -      | MASKED   | 户
            投入XX万元                        | -        | -      | MASKED   | 元
            超过X名                           | -        | -      | MASKED   | 人
            """)
    void readsTheNumber(String text, Double value, Double upper, Qualifier qualifier, String unit) {
        List<NumberToken> found = scan(text);
        assertThat(found).as(text).isNotEmpty();
        NumberToken t = found.get(0);
        assertThat(t.value()).as("value of %s", text).isEqualTo(value);
        assertThat(t.upper()).as("upper of %s", text).isEqualTo(upper);
        assertThat(t.qualifier()).as("qualifier of %s", text).isEqualTo(qualifier);
        assertThat(t.unit()).as("unit of %s", text).isEqualTo(unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # set phrases and practice names
            严格落实三会一课制度
            推行四议两公开工作法
            加强村两委班子建设
            落实一岗双责
            选派第一书记
            学习党的二十大精神
            创建三星级党支部
            推行4+2工作法
            # ordinals
            第十五届五次党代会
            区委第**次党代会
            第3次会议
            第五个年头
            # vague counts and slogans
            数十次
            几百人
            做到“两个维护”
            坚定“四个自信”
            # numbers without a unit
            2023年10月
            G312国道
            1－10月产值
            一是加强学习
            进一步增强
            千方百计
            万元养殖户
            """)
    void findsNoCountedNumber(String text) {
        assertThat(scan(text)).as(text).isEmpty();
    }
}
