package io.djcheck.render;

import io.djcheck.model.Evidence;
import io.djcheck.model.Status;
import io.djcheck.result.CheckResult;
import io.djcheck.result.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The page's structure without a browser: escaping, the content policy, evidence marks and their findings. */
class HtmlResultWriterTest {

    private static final Pattern MARK = Pattern.compile("<mark class=\"[^\"]*\" data-ev=\"([^\"]*)\"[^>]*>([^<]*)</mark>");

    private static String page(List<CheckResult> results, int detailLimit) throws IOException {
        StringWriter out = new StringWriter();
        Seeds.feed(new HtmlResultWriter(out, detailLimit), results, "lost.docx", "lost.docx: no such file; check the path");
        return out.toString();
    }

    private static String section(String page, int n) {
        int start = page.indexOf("<section class=\"report\" id=\"r" + n + "\" ");
        return page.substring(start, page.indexOf("</section>", start));
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    @Test
    void everyReportTextRoundTripsAndEveryFindingPointsAtMarksHoldingItsQuote() throws IOException {
        List<CheckResult> seeds = Seeds.results();
        String page = page(seeds, HtmlResultWriter.DEFAULT_DETAIL_LIMIT);
        for (int i = 0; i < seeds.size(); i++) {
            CheckResult r = seeds.get(i);
            String s = section(page, i + 1);
            String text = s.substring(s.indexOf("<div class=\"text\">") + 18, s.indexOf("</div>\n<ol class=\"findings\">"));
            assertThat(unescape(text.replaceAll("<[^>]+>", ""))).isEqualTo(r.report().text());
            for (Finding f : r.findings()) {
                Matcher li = Pattern.compile("<li class=\"f s-" + f.status() + "\"(?: data-ev=\"([^\"]*)\")?[^>]*>"
                        + "<span class=\"sym\">.</span> <b>" + f.ruleId() + "</b>").matcher(s);
                assertThat(li.find()).as(f.ruleId()).isTrue();
                if (f.evidence().isEmpty()) {
                    assertThat(li.group(1)).isNull();
                    continue;
                }
                String[] ids = li.group(1).split(" ");
                assertThat(ids).hasSameSizeAs(f.evidence().stream().map(e -> e.start() + ":" + e.end()).distinct().toList());
                for (int k = 0; k < ids.length; k++) {
                    Evidence e = f.evidence().get(k);
                    StringBuilder marked = new StringBuilder();
                    Matcher m = MARK.matcher(s);
                    while (m.find()) {
                        if (List.of(m.group(1).split(" ")).contains(ids[k])) {
                            marked.append(unescape(m.group(2)));
                        }
                    }
                    assertThat(marked.toString()).as(f.ruleId() + " " + ids[k]).isEqualTo(e.quote());
                }
            }
        }
    }

    @Test
    void everyFindingShowsTheRegulationItEnforces() throws IOException {
        String page = page(Seeds.results(), HtmlResultWriter.DEFAULT_DETAIL_LIMIT);
        // ZZ-06 and ZL-04 (issue 15) with their basis, as every rule
        assertThat(page).contains("<b>ZZ-06</b> 按期召开“三会一课”", "<b>ZL-04</b> “四议两公开”程序完整",
                "依据：《中国共产党支部工作条例（试行）》第十一条至第十三条",
                "依据：《中国共产党农村基层组织工作条例》（2019）");
    }

    @Test
    void everyReportIsNamedByOrganisationInTheSummaryTheContentsAndItsHeadingAndCarriesWhatFiltersMatch()
            throws IOException {
        List<CheckResult> seeds = Seeds.results();
        String page = page(seeds, HtmlResultWriter.DEFAULT_DETAIL_LIMIT);
        String contents = page.substring(page.indexOf("<nav id=\"toc\""), page.indexOf("</nav>"));
        for (int i = 0; i < seeds.size(); i++) {
            CheckResult r = seeds.get(i);
            String org = Html.escape(Names.organisation(r));
            String filters = " data-org=\"" + org + " " + Names.fileName(r.source()) + "\" data-grade=\"" + r.grade()
                    + "\" data-rules=\"" + ResultTable.ruleIds(r, Status.FAIL, Status.ERROR) + "\"";
            assertThat(page).contains("<tr" + filters + "><td class=\"num\" data-v=\"" + (i + 1) + "\">" + (i + 1)
                    + "</td><td data-v=\"" + org + "\"><a href=\"#r" + (i + 1) + "\">" + org + "</a>");
            assertThat(contents).contains("<li value=\"" + (i + 1) + "\"" + filters + "><a href=\"#r" + (i + 1) + "\">" + org
                    + "</a>");
            assertThat(section(page, i + 1)).startsWith("<section class=\"report\" id=\"r" + (i + 1) + "\"" + filters
                    + "><h3><span class=\"org\">" + org + "</span>");
            for (Finding f : r.findings()) {
                if (f.status() == Status.FAIL) {       // the summary names each failed rule with its title
                    assertThat(page).contains(Html.escape(f.ruleId() + " " + f.title()));
                }
            }
        }
        assertThat(page).contains("<span class=\"org\">**镇党委</span>", "<span class=\"st\">不合格</span>",
                "<span class=\"sev\">严重</span>", " · 乡镇 · 述职报告 · 2023 年度");
        // the filters offer every grade, the inputs that could not be checked, and each rule failed, by title
        assertThat(page).contains("<input type=\"search\" id=\"filter-org\"", "<option value=\"POOR\">差</option>",
                "<option value=\"FAILED\">无法检查</option>", "<option value=\"JJ-01\">JJ-01 村集体经济收入全部达到强村标准（2 份）</option>");
        // what reviewers read is Chinese: enum names only in classes and attributes
        String body = page.substring(page.indexOf("<body>"), page.lastIndexOf("<script>"));
        assertThat(body.replaceAll("<[^>]*>", "")).doesNotContain("TOWNSHIP", "DUTY_REPORT", "NOT_EVIDENCED", "MAJOR",
                "EXCELLENT");
    }

    @Test
    void thePageIsSelfContainedAndOnlyItsOwnScriptAndStyleMayRun() throws IOException {
        String page = page(Seeds.results(), HtmlResultWriter.DEFAULT_DETAIL_LIMIT);
        assertThat(page).contains("default-src 'none'", "style-src '" + HtmlResultWriter.sha256(HtmlResultWriter.CSS) + "'",
                "script-src '" + HtmlResultWriter.sha256(HtmlResultWriter.JS) + "'",
                "<style>" + HtmlResultWriter.CSS + "</style>", "<script>" + HtmlResultWriter.JS + "</script>");
        assertThat(page).doesNotContainPattern("(src|href)=\"(https?:)?//").doesNotContain("@import", "url(");
        assertThat(page).contains("<svg", "等次分布", "不合格最多的规则", "<table id=\"summary\" class=\"sortable\">");
        assertThat(page).contains("lost.docx: no such file; check the path", "无法检查");
    }

    @Test
    void reportTextAndNamesAreEscapedNeverMarkup() throws IOException {
        CheckResult hostile = Seeds.hostile();
        String page = page(List.of(hostile), 10);
        assertThat(page.split("<script>", -1)).hasSize(2);                       // only the page's own script
        assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;",
                "&lt;b&gt;evil&lt;/b&gt;&amp;name.txt").doesNotContain("<b>evil</b>", "<img");
    }

    @Test
    void pastTheDetailLimitReportsAreInTheSummaryOnly(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("r.html");
        Seeds.feed(new HtmlResultWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 2), Seeds.results(), null, null);
        String page = Files.readString(file);
        assertThat(page).contains("id=\"r1\"", "id=\"r2\"", "前 2 份报告").doesNotContain("id=\"r3\"");
        assertThat(page.split("<tr data-org=", -1)).hasSize(1 + 5);                // 5 report rows
        assertThat(page.split("<li value=", -1)).hasSize(1 + 2);                   // contents: the 2 detailed
        assertThat(dir.toFile().list()).containsExactly("r.html");               // temporary parts deleted
    }
}
