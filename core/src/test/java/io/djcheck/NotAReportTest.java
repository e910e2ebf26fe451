package io.djcheck;

import io.djcheck.ingest.NotAReportException;
import io.djcheck.testing.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Texts that are no Party-building report are refused, never scored, unless forced; reports are not refused. */
class NotAReportTest {

    private static Checker checker;
    private static Checker forced;

    @BeforeAll
    static void build() {
        checker = Checker.builder().rulePack(Corpus.defaultPack()).build();
        forced = Checker.builder().rulePack(Corpus.defaultPack()).acceptAnyText(true).build();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            红烧肉的做法：五花肉切块，冷水下锅焯水，加入冰糖炒出糖色，小火慢炖一小时。
            # djcheck¶A compliance checker. Run `mvn verify` to build, then `./djcheck check reports/`.
            def average(xs):¶    return sum(xs) / len(xs)
            甲方将房屋出租给乙方使用，租期一年，月租金贰仟元，押金壹仟元。
            夜色渐深，她推开窗，远处的灯火像星星一样闪烁，风里有桂花的香气。
            作为团支书，我组织班级团支部开展主题团日活动，现将述职报告如下。
            在以习近平同志为核心的党中央坚强领导下，一季度国内生产总值同比增长4.5%。
            """)
    void textsOfOtherKindsAreRefused(String text) {
        String t = text.replace('¶', '\n');
        assertThatThrownBy(() -> checker.check(t, "x.txt")).isInstanceOf(NotAReportException.class)
                .hasMessageStartingWith("x.txt: 不是党建工作报告");
        assertThatThrownBy(() -> checker.extract(t, "x.txt")).isInstanceOf(NotAReportException.class);
        assertThat(forced.check(t, "x.txt").findings()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            某镇党委书记述职报告¶全年发展党员12名，召开党委会专题研究党建工作6次。
            村党支部认真落实三会一课制度，组织党员开展主题党日活动。
            我村集体经济收入达到15万元，两委班子团结协作。
            党支部书记述职报告¶我叫张三，现任某村党支部书记。
            支书当考生群众来打分¶本报讯 近日，某县组织召开新任村支部书记述职大会。
            """)
    void reportsAreChecked(String text) {
        assertThat(checker.check(text.replace('¶', '\n'), "r.txt").findings()).isNotEmpty();
    }
}
