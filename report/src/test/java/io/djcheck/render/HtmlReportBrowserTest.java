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
 * a click on a finding highlights its evidence, and a report holding {@code <script>} shows it as
 * text. Screenshots go to {@code report/target/browser-test/}.
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

    @BeforeAll
    static void startBrowser() throws IOException {
        if (!requireBrowser()) {
            return;                 // each test reports itself skipped (below), not "Tests run: 0"
        }
        Files.createDirectories(OUT);
        page = OUT.resolve("results.html").toAbsolutePath();
        List<CheckResult> results = new ArrayList<>(Seeds.results());
        results.add(Seeds.hostile());
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
            out.add(Double.parseDouble(row.findElements(By.tagName("td")).get(2).getAttribute("data-v")));
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
        String firstSource = driver.findElement(By.cssSelector("#summary tbody tr td:nth-child(2)")).getText();
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

    @Test
    void aReportContainingScriptShowsItAsText() {
        WebElement hostile = driver.findElement(By.id("r6"));
        assertThat(hostile.findElement(By.cssSelector("h3 .src")).getText()).isEqualTo("<b>evil</b>&name.txt");
        assertThat(hostile.findElement(By.cssSelector(".text")).getText())
                .contains("<script>alert('x')</script>", "<img src=x onerror=alert(1)>");
        assertThat(hostile.findElements(By.tagName("img"))).isEmpty();
        assertThat(js("return document.scripts.length")).isEqualTo(1L);
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }
}
