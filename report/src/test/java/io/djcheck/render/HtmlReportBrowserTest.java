package io.djcheck.render;

import io.djcheck.result.CheckResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * The HTML report in a real browser: Debian's headless chromium driven through its chromedriver
 * (never a downloaded driver). The page loads without console errors, the summary sorts by score,
 * a click on a finding highlights its evidence, search and filters narrow the page, a report
 * holding {@code <script>} shows it as text, and printed to PDF by Chromium (read back with PDFBox)
 * every report is whole, on pages of its own, with every 整改建议. Screenshots and the PDF go to
 * {@code report/target/browser-test/}.
 *
 * <p>Without /usr/bin/chromium and /usr/bin/chromedriver the test is skipped with a message on a
 * developer machine and fails in CI (environment variable {@code CI} set, as {@code .ci/run} runs,
 * or {@code -Ddjcheck.browser=required}): {@code apt-get install chromium chromium-driver}.
 */
class HtmlReportBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path OUT = Path.of("target", "browser-test");

    private static ChromeDriver driver;
    private static Path profile;
    private static Path page;
    /** The results on the page, in order: the five seeds and the hostile report (then one unreadable input). */
    private static List<CheckResult> pageResults;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (!requireBrowser()) {
            return;                 // each test reports itself skipped (below), not "Tests run: 0"
        }
        Files.createDirectories(OUT);
        page = OUT.resolve("results.html").toAbsolutePath();
        List<CheckResult> results = new ArrayList<>(Seeds.results());
        results.add(Seeds.hostile());
        pageResults = results;
        Seeds.feed(new HtmlResultWriter(Files.newBufferedWriter(page, StandardCharsets.UTF_8),
                HtmlResultWriter.DEFAULT_DETAIL_LIMIT), results, "unreadable.pdf", "unreadable.pdf: not a PDF; re-export it");

        profile = Files.createTempDirectory("djcheck-chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.get(page.toUri().toString());
    }

    private static final String MISSING = "the HTML report's browser test needs " + CHROMIUM + " and " + CHROMEDRIVER
            + "; install them with: apt-get install chromium chromium-driver";

    /** True with Debian's chromium present; fails where the browser test must run, false elsewhere. */
    private static boolean requireBrowser() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && (System.getenv("CI") != null || "required".equals(System.getProperty("djcheck.browser")))) {
            fail(MISSING + " (CI installs them in .ci/run)");
        }
        return present;
    }

    /** Without the browser every test is an aborted assumption, so the run counts them as skipped. */
    @BeforeEach
    void skipWithoutBrowser() {
        Assumptions.assumeTrue(driver != null, MISSING + " (skipped on this machine; CI runs it)");
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (Stream<Path> walk = Files.walk(profile)) {
                walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), OUT.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void thePageLoadsWithoutConsoleErrors() throws IOException {
        assertThat(js("return document.readyState")).isEqualTo("complete");
        assertThat(driver.getTitle()).isEqualTo("djcheck 检查结果");
        assertThat(driver.findElements(By.cssSelector("section.report"))).hasSize(6);
        assertThat(driver.findElements(By.cssSelector("#grade-chart svg rect"))).hasSize(5);   // 4 grades + 无法检查
        screenshot("html-report.png");
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(errors).as("console errors (a CSP violation would be one)").isEmpty();

        js("console.error('djcheck-probe')");                       // the log does catch errors
        assertThat(driver.manage().logs().get(LogType.BROWSER).getAll())
                .anySatisfy(e -> assertThat(e.getMessage()).contains("djcheck-probe"));
    }

    private static List<Double> scores() {
        List<Double> out = new ArrayList<>();
        for (WebElement row : driver.findElements(By.cssSelector("#summary tbody tr"))) {
            out.add(Double.parseDouble(row.findElements(By.tagName("td")).get(3).getAttribute("data-v")));
        }
        return out;
    }

    @Test
    void theSummarySortsByScoreBothWays() {
        WebElement header = driver.findElement(By.id("score-header"));
        header.click();
        List<Double> ascending = scores();
        assertThat(ascending).hasSize(7).isSorted();
        assertThat(ascending.get(0)).isEqualTo(-1.0);                    // the unreadable input
        assertThat(header.getAttribute("aria-sort")).isEqualTo("ascending");
        header.click();
        List<Double> descending = scores();
        assertThat(descending).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(descending.get(0)).isEqualTo(Seeds.results().stream().mapToDouble(CheckResult::score).max().orElseThrow());
        assertThat(header.getAttribute("aria-sort")).isEqualTo("descending");
        String firstSource = driver.findElement(By.cssSelector("#summary tbody tr td:nth-child(3)")).getText();
        assertThat(firstSource).contains("001_a6f31e7c84c24bc8.txt");  // 81.5, the best seed
    }

    @Test
    void clickingAFindingHighlightsItsEvidenceInTheText() throws IOException {
        WebElement report = driver.findElement(By.id("r2"));                // seed 001
        assertThat(report.getText()).contains("001_a6f31e7c84c24bc8.txt");
        WebElement finding = report.findElements(By.cssSelector("li.f")).stream()
                .filter(li -> li.findElement(By.tagName("b")).getText().equals("JJ-01")).findFirst().orElseThrow();
        assertThat(report.findElements(By.cssSelector("mark.active"))).isEmpty();
        finding.click();

        List<WebElement> active = report.findElements(By.cssSelector("mark.active"));
        assertThat(active).isNotEmpty();
        StringBuilder text = new StringBuilder();
        active.forEach(m -> text.append(m.getText()));
        assertThat(text.toString()).contains("虽然全镇集体经济年收入10万元以上村已经达到8个", "确保15个村集体经济收入全部达到10万元以上");
        assertThat(finding.getAttribute("class")).contains("selected");
        assertThat(driver.findElements(By.cssSelector("mark.active"))).hasSameSizeAs(active);   // nothing else lit

        WebElement first = active.get(0);
        assertThat((Boolean) js("var r = arguments[0].getBoundingClientRect();"
                + "var box = arguments[0].closest('.text').getBoundingClientRect();"
                + "return r.top >= 0 && r.bottom <= window.innerHeight && r.top >= box.top && r.bottom <= box.bottom;", first))
                .as("the evidence is scrolled into view").isTrue();
        WebElement idle = report.findElement(By.cssSelector("mark.ev:not(.active)"));
        assertThat(first.getCssValue("background-color")).isNotEqualTo(idle.getCssValue("background-color"));
        screenshot("html-report-finding-selected.png");

        WebElement other = report.findElements(By.cssSelector("li.f[data-ev]")).stream()
                .filter(li -> !li.findElement(By.tagName("b")).getText().equals("JJ-01")).findFirst().orElseThrow();
        other.click();
        assertThat(finding.getAttribute("class")).doesNotContain("selected");
        assertThat(report.findElements(By.cssSelector("mark.active"))).isNotEmpty()
                .noneSatisfy(m -> assertThat(m.getText()).contains("虽然全镇集体经济年收入10万元以上村已经达到8个"));
    }

    /** The summary rows shown, by their 序号 (1-based input order). */
    private static List<Integer> shownRows() {
        List<Integer> out = new ArrayList<>();
        for (WebElement row : driver.findElements(By.cssSelector("#summary tbody tr"))) {
            if (row.isDisplayed()) {
                out.add(Integer.parseInt(row.findElement(By.tagName("td")).getAttribute("data-v")));
            }
        }
        out.sort(null);
        return out;
    }

    /** The report sections shown, by number. */
    private static List<Integer> shownSections() {
        return driver.findElements(By.cssSelector("section.report")).stream().filter(WebElement::isDisplayed)
                .map(e -> Integer.parseInt(e.getAttribute("id").substring(1))).sorted().toList();
    }

    /** The inputs of the page in order (1-based), each with the predicate asked. */
    private static List<Integer> expected(java.util.function.Predicate<CheckResult> which) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < pageResults.size(); i++) {
            if (which.test(pageResults.get(i))) {
                out.add(i + 1);
            }
        }
        return out;
    }

    private static void choose(String select, String value) {
        driver.findElement(By.cssSelector("#" + select + " option[value=\"" + value + "\"]")).click();
    }

    @Test
    void searchAndFiltersNarrowTheSummaryTheContentsAndTheReports() throws IOException {
        driver.get(page.toUri().toString());
        WebElement search = driver.findElement(By.id("filter-org"));
        WebElement count = driver.findElement(By.id("filter-count"));
        assertThat(count.getText()).isEqualTo("共 7 份");

        search.sendKeys("镇党委");                                           // 003 names itself **镇党委
        List<Integer> byName = expected(r -> Names.organisation(r).contains("镇党委"));
        assertThat(byName).isNotEmpty();
        assertThat(shownRows()).isEqualTo(byName);
        assertThat(shownSections()).isEqualTo(byName);
        assertThat(driver.findElements(By.cssSelector("#toc li")).stream().filter(WebElement::isDisplayed)).hasSize(byName.size());
        assertThat(count.getText()).isEqualTo("显示 " + byName.size() + " / 7 份");
        search.clear();
        search.sendKeys("unreadable");                                       // a file name finds the input that failed
        assertThat(shownRows()).containsExactly(7);
        assertThat(shownSections()).isEmpty();
        search.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
        assertThat(shownRows()).hasSize(7);

        choose("filter-grade", "FAIR");
        List<Integer> fair = expected(r -> r.grade() == io.djcheck.model.Grade.FAIR);
        assertThat(fair).hasSizeGreaterThan(1);
        assertThat(shownRows()).isEqualTo(fair);
        assertThat(shownSections()).isEqualTo(fair);

        choose("filter-rule", "JJ-01");                                      // 一般 and failed JJ-01
        List<Integer> fairJj = expected(r -> r.grade() == io.djcheck.model.Grade.FAIR
                && r.finding("JJ-01").orElseThrow().status() == io.djcheck.model.Status.FAIL);
        assertThat(fairJj).isNotEmpty().isNotEqualTo(fair);
        assertThat(shownRows()).isEqualTo(fairJj);
        assertThat(shownSections()).isEqualTo(fairJj);
        screenshot("html-report-filtered.png");

        choose("filter-grade", "");
        choose("filter-rule", "");
        assertThat(shownRows()).hasSize(7);
        assertThat(shownSections()).hasSize(6);
        assertThat(count.getText()).isEqualTo("共 7 份");
    }

    /** Text as PDFBox reads it back, without the white space that line and page breaks put in. */
    private static String squeeze(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void printedToPdfEveryReportIsWholeOnItsOwnPagesWithEverySuggestion() throws IOException {
        driver.get(page.toUri().toString());
        org.openqa.selenium.print.PrintOptions options = new org.openqa.selenium.print.PrintOptions();
        options.setPageSize(new org.openqa.selenium.print.PageSize(29.7, 21.0));    // A4, in cm
        options.setBackground(true);
        byte[] pdf = java.util.Base64.getDecoder().decode(((org.openqa.selenium.PrintsPage) driver).print(options).getContent());
        Files.write(OUT.resolve("report.pdf"), pdf);

        List<String> pages = new ArrayList<>();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(squeeze(stripper.getText(doc)));
            }
        }
        String all = String.join("", pages);

        // every 整改建议 of every report, as often as the reports give it (the scroll panes once cut most of them)
        java.util.Map<String, Integer> suggestions = new java.util.LinkedHashMap<>();
        for (CheckResult r : pageResults) {
            for (io.djcheck.result.Finding f : r.findings()) {
                if (f.status() != io.djcheck.model.Status.PASS && !f.suggestion().isBlank()) {
                    suggestions.merge(squeeze("整改建议：" + f.suggestion()), 1, Integer::sum);
                }
            }
        }
        int total = suggestions.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(total).isGreaterThan(70);
        suggestions.forEach((s, n) -> assertThat(occurrences(all, s)).as(s).isEqualTo(n));

        // every report's text whole, and each report starting a page of its own, after the contents
        int contents = -1;
        for (int p = 0; p < pages.size(); p++) {
            if (pages.get(p).startsWith("目录")) {
                contents = p;
            }
        }
        assertThat(contents).as("a page starting with the contents").isPositive();
        int previous = contents;
        for (CheckResult r : pageResults) {
            assertThat(all).contains(squeeze(r.report().text()));
            String heading = squeeze(Names.organisation(r) + " · " + io.djcheck.engine.MessageTemplate.format(r.score())
                    + " 分 " + r.gradeLabel());
            int first = -1;
            for (int p = previous + 1; p < pages.size() && first < 0; p++) {
                if (pages.get(p).startsWith(heading)) {
                    first = p;
                }
            }
            assertThat(first).as("a page starting with " + heading + " after page " + (previous + 1)).isPositive();
            previous = first;
        }
        assertThat(all).doesNotContain("搜索单位", "另存为PDF");                     // the screen controls do not print
    }

    @Test
    void aReportContainingScriptShowsItAsText() {
        WebElement hostile = driver.findElement(By.id("r6"));
        assertThat(hostile.findElement(By.cssSelector(".info .src")).getText()).isEqualTo("<b>evil</b>&name.txt");
        // named by its file name, the part after the last / of the path "<b>evil</b>&name.txt"
        assertThat(hostile.findElement(By.cssSelector("h3 .org")).getText()).isEqualTo("b>&name.txt");
        assertThat(hostile.findElement(By.cssSelector(".text")).getText())
                .contains("<script>alert('x')</script>", "<img src=x onerror=alert(1)>");
        assertThat(hostile.findElements(By.tagName("img"))).isEmpty();
        assertThat(js("return document.scripts.length")).isEqualTo(1L);
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }
}
