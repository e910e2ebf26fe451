package io.djcheck.cli;

import io.djcheck.testing.Packs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every verb, on good and bad inputs, speaks one language: with {@code --lang zh} (and by default)
 * what djcheck itself says has no English left in it, with {@code --lang en} no Chinese. Names are
 * not language: options, commands, formats, paths, rule ids and status values, and what the rule pack
 * names (rule titles, grade labels) or the report says (quotes).
 */
class LanguageTest {

    static final String REPORT = "../examples/reports/000_9c5ce89756f0e5ee.txt";
    static final String REPORTS = "../examples/reports";
    static final Path PACK = Path.of("../rules/src/main/resources/djcheck/rules/default");
    static final String LAST_YEAR = "../examples/compare/2023";
    static final String THIS_YEAR = "../examples/compare/2024";
    static final String LAST = LAST_YEAR + "/gebi-zhen.txt";
    static final String THIS = THIS_YEAR + "/gebi-zhen.txt";

    @TempDir
    static Path dir;

    /** An argument that stands for a new folder, another one for each run. */
    static final String FRESH = "<fresh folder>";
    /** An argument that stands for a new Word file, another one for each run. */
    static final String FRESH_DOCX = "<fresh file>.docx";
    private static final java.util.concurrent.atomic.AtomicInteger FOLDERS = new java.util.concurrent.atomic.AtomicInteger();

    /** What a case prints that is djcheck's own words: stderr always, stdout where the verb's output is text of its own. */
    enum Said { ERR, OUT_AND_ERR }

    record Case(String name, Said said, String... args) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void inputs() throws IOException {
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("noise.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 7, 0, 9, 0});
        Files.writeString(dir.resolve("recipe.txt"), "番茄炒蛋的做法：先把鸡蛋打散，再把番茄切块，热锅下油翻炒即可。");
        Files.createDirectories(dir.resolve("broken/rules"));
        for (String f : List.of("pack.yaml", "params.yaml", "lexicon.yaml", "scoring.yaml")) {
            Files.copy(PACK.resolve(f), dir.resolve("broken").resolve(f));
        }
        Files.writeString(dir.resolve("broken/rules/broken.yaml"), "rules:\n  - id: [\n");
        Files.createDirectories(dir.resolve("taken"));
        Files.writeString(dir.resolve("taken/results.jsonl"), "");

        // a batch where one report was handed in three times under other names: the duplicates lines
        Files.createDirectories(dir.resolve("copied"));
        for (String name : List.of("a.txt", "b.txt", "c.txt")) {
            Files.copy(Path.of(REPORT), dir.resolve("copied").resolve(name));
        }
        Files.copy(Path.of(REPORTS, "001_a6f31e7c84c24bc8.txt"), dir.resolve("copied/d.txt"));

        // last year's report of one township beside this year's of another; a folder with no report of last year
        Files.writeString(dir.resolve("qingshan-2023.txt"), "青山镇党委2023年党建工作述职报告\n" + Files.readString(Path.of(LAST)));
        Files.writeString(dir.resolve("lushui-2024.txt"), "绿水镇党委2024年党建工作述职报告\n" + Files.readString(Path.of(THIS)));
        Files.createDirectories(dir.resolve("no-reports"));
        Files.copy(dir.resolve("recipe.txt"), dir.resolve("no-reports/recipe.txt"));

        // an edited copy of the default pack: still named default, a parameter no rule reads, a rule twice
        Path warned = Packs.copyDefault(dir.resolve("warned"));
        Path params = warned.resolve("params.yaml");
        Files.writeString(params, Files.readString(params).replace("  new_members_min: 1 ", "  new_members_min: 1\n  new_member_min: 2 "));
        Files.writeString(warned.resolve("rules/xx.yaml"), """
                rules:
                  - id: XX-01
                    title: 党委会研究党建工作次数
                    category: 责任落实
                    severity: MINOR
                    check:
                      quantity: {concept: committee.dj_sessions, annual: true, op: ">=", param: committee_dj_sessions_min}
                """);

        // a DRL rule whose end is missing, another with a ( never closed
        Path drl = Packs.copyDefault(dir.resolve("drl"));
        Path jiti = drl.resolve("rules/jiti.drl");
        String text = Files.readString(jiti);
        int end = text.indexOf("\nend\n");
        Files.writeString(jiti, text.substring(0, end) + text.substring(end + 4));
        Files.writeString(drl.resolve("rules/paren.drl"), """
                package djcheck.rules;
                import io.djcheck.model.Quantity;
                rule "XX-09 a paren"
                    @title("括号") @category("责任落实") @severity("MINOR")
                when
                    $q : Quantity( concept == "committee.dj_sessions"
                then
                end
                """);
    }

    static Stream<Case> cases() {
        String d = dir.toString();
        List<Case> c = new ArrayList<>();
        for (String[] help : List.of(new String[] {"--help"}, new String[] {"check", "--help"},
                new String[] {"extract", "--help"}, new String[] {"explain", "--help"}, new String[] {"rules", "--help"},
                new String[] {"rules", "lint", "--help"}, new String[] {"rules", "test", "--help"},
                new String[] {"rules", "list", "--help"}, new String[] {"rules", "init", "--help"},
                new String[] {"rules", "diff", "--help"}, new String[] {"serve", "--help"}, new String[] {"help", "check"})) {
            c.add(new Case(String.join(" ", help), Said.OUT_AND_ERR, help));
        }
        c.add(new Case("unknown command", Said.ERR, "chek", REPORT));
        c.add(new Case("unknown option", Said.ERR, "check", "--bogus", REPORT));
        c.add(new Case("missing path", Said.ERR, "check"));
        c.add(new Case("bad number", Said.ERR, "check", "--threads", "0", REPORT));
        c.add(new Case("bad time", Said.ERR, "check", "--timeout", "3x", REPORT));
        c.add(new Case("bad size", Said.ERR, "check", "--max-size", "big", REPORT));
        c.add(new Case("format needs out", Said.ERR, "check", "--format", "csv", REPORT));
        c.add(new Case("missing file", Said.ERR, "check", d + "/missing.txt"));
        c.add(new Case("empty file", Said.ERR, "check", d + "/empty.txt"));
        c.add(new Case("binary file", Said.ERR, "check", d + "/noise.txt"));
        c.add(new Case("not a report", Said.ERR, "check", d + "/recipe.txt"));
        c.add(new Case("past a limit", Said.ERR, "check", "--max-size", "1KB", REPORT));
        c.add(new Case("no reports in folder", Said.ERR, "check", d + "/broken"));
        c.add(new Case("batch", Said.OUT_AND_ERR, "check", "--out", FRESH, REPORTS, d + "/empty.txt"));
        c.add(new Case("batch folder taken", Said.ERR, "check", "--out", d + "/taken", REPORT));
        c.add(new Case("check one", Said.ERR, "check", REPORT));
        c.add(new Case("extract", Said.ERR, "extract", REPORT));
        c.add(new Case("extract two", Said.ERR, "extract", REPORT, REPORT));
        c.add(new Case("explain", Said.ERR, "explain", REPORT, "--rule", "ZR-01"));
        c.add(new Case("explain unknown rule", Said.ERR, "explain", REPORT, "--rule", "NOPE-1"));
        c.add(new Case("rules", Said.ERR, "rules"));
        c.add(new Case("rules lint", Said.OUT_AND_ERR, "rules", "lint"));
        c.add(new Case("rules lint broken", Said.OUT_AND_ERR, "rules", "lint", d + "/broken"));
        c.add(new Case("rules lint no folder", Said.ERR, "rules", "lint", d + "/nothing"));
        c.add(new Case("rules test", Said.ERR, "rules", "test"));
        c.add(new Case("rules test bad format", Said.ERR, "rules", "test", "--format", "xml"));
        c.add(new Case("rules list", Said.ERR, "rules", "list"));
        c.add(new Case("rules list unknown profile", Said.ERR, "rules", "list", "--profile", "nope"));
        c.add(new Case("rules init", Said.OUT_AND_ERR, "rules", "init", FRESH));
        c.add(new Case("rules init taken", Said.ERR, "rules", "init", d + "/taken"));
        c.add(new Case("rules diff", Said.ERR, "rules", "diff", "default", "default"));
        c.add(new Case("rules diff no pack", Said.ERR, "rules", "diff", "default", d + "/nothing"));
        c.add(new Case("check with broken pack", Said.ERR, "check", "--rules", d + "/broken", REPORT));
        c.add(new Case("serve bad threads", Said.ERR, "serve", "--threads", "0"));
        c.add(new Case("serve bad port", Said.ERR, "serve", "--port", "70000"));

        c.add(new Case("compare", Said.ERR, "compare", LAST, THIS));
        c.add(new Case("compare reversed", Said.ERR, "compare", THIS, LAST));
        c.add(new Case("compare other organisation", Said.ERR, "compare", d + "/qingshan-2023.txt", d + "/lushui-2024.txt"));
        c.add(new Case("compare missing file", Said.ERR, "compare", d + "/missing.txt", THIS));
        c.add(new Case("compare out folder missing", Said.ERR, "compare", "--out", d + "/nothing/c.html", LAST, THIS));
        c.add(new Case("check previous", Said.OUT_AND_ERR, "check", "--out", FRESH, "--previous", LAST_YEAR, THIS_YEAR, REPORT));
        c.add(new Case("check previous without out", Said.ERR, "check", "--previous", LAST_YEAR, THIS));
        c.add(new Case("check previous not a folder", Said.ERR, "check", "--out", FRESH, "--previous", LAST, THIS));
        c.add(new Case("check previous none readable", Said.ERR, "check", "--out", FRESH, "--previous", d + "/no-reports", THIS));
        c.add(new Case("check brief", Said.ERR, "check", "--brief", REPORTS));
        c.add(new Case("check brief json", Said.ERR, "check", "--brief", "--format", "json", REPORT));
        c.add(new Case("check brief batch", Said.ERR, "check", "--brief", "--out", FRESH, REPORT));
        c.add(new Case("check docx", Said.OUT_AND_ERR, "check", "--format", "docx", "--out", FRESH_DOCX, REPORT));
        c.add(new Case("batch copied reports", Said.OUT_AND_ERR, "check", "--out", FRESH, d + "/copied"));
        c.add(new Case("rules lint warnings", Said.OUT_AND_ERR, "rules", "lint", d + "/warned"));
        c.add(new Case("rules lint drl-syntax", Said.OUT_AND_ERR, "rules", "lint", d + "/drl"));
        c.add(new Case("check drl-syntax", Said.ERR, "check", "--rules", d + "/drl", REPORT));
        c.add(new Case("check no-drl", Said.ERR, "check", "--no-drl", REPORT));
        c.add(new Case("rules lint no-drl", Said.OUT_AND_ERR, "rules", "lint", "--no-drl"));
        return c.stream();
    }

    /**
     * What a case must say, by message key (messages_*, else errors_*): so that a case whose message
     * went missing, or that stopped before it, cannot pass for speaking one language.
     */
    static final Map<String, List<String>> SAYS = Map.ofEntries(
            Map.entry("serve bad port", List.of("usage.serve-port")),
            Map.entry("compare reversed", List.of("compare.years-reversed")),
            Map.entry("compare other organisation", List.of("compare.other-organisation")),
            Map.entry("compare out folder missing", List.of("usage.out-folder-missing")),
            Map.entry("check previous", List.of("previous.summary")),
            Map.entry("check previous without out", List.of("usage.previous-needs-out")),
            Map.entry("check previous not a folder", List.of("usage.previous-not-folder")),
            Map.entry("check previous none readable", List.of("previous.unreadable", "usage.previous-none")),
            Map.entry("check brief json", List.of("usage.brief-with-format")),
            Map.entry("check brief batch", List.of("usage.brief-with-folder")),
            Map.entry("check docx", List.of("check.wrote.one")),
            Map.entry("batch copied reports", List.of("summary.duplicates.one", "summary.duplicates-cluster")),
            Map.entry("rules lint broken", List.of("pack-message.yaml-syntax.unclosed-bracket")),
            Map.entry("rules lint warnings", List.of("pack-message.unused-param", "pack-message.same-check",
                    "pack-message.unchanged-copy")),
            Map.entry("rules lint drl-syntax", List.of("pack-message.drl-syntax.missing-end",
                    "pack-message.drl-syntax.unclosed-paren")),
            Map.entry("check drl-syntax", List.of("pack-message.drl-syntax.missing-end")),
            Map.entry("check no-drl", List.of("pack.no-drl-warning")),
            Map.entry("rules lint no-drl", List.of("pack-message.drl-disabled")));

    static Stream<Arguments> chinese() {
        return cases().flatMap(c -> Stream.of(Arguments.of(c, "--lang"), Arguments.of(c, "default")));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("chinese")
    void chineseLeavesNoEnglish(Case c, String how) {
        String[] args = fresh(c.args());
        Cli.Run run = how.equals("default") ? Cli.runWithEnv(Map.of(), "", args)
                : Cli.runWithEnv(Map.of(), "", withLang(args, "zh"));
        assertSays(c, Lang.ZH, said(c, run));
        String said = typed(args, said(c, run));
        assertThat(englishWords(said)).as("English left in what djcheck %s said (%s):%n%s", c, how, said).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void englishLeavesNoChinese(Case c) {
        String[] args = fresh(c.args());
        Cli.Run run = Cli.runWithEnv(Map.of(Lang.ENV, "zh"), "", withLang(args, "en"));   // the option beats the variable
        assertSays(c, Lang.EN, said(c, run));
        String said = typed(args, said(c, run));
        assertThat(chinese(said)).as("Chinese left in what djcheck %s said:%n%s", c, said).isEmpty();
    }

    /** The case said each message {@link #SAYS} names: the longest fixed part of its text in {@code lang}. */
    private static void assertSays(Case c, Lang lang, String said) {
        Messages messages = Messages.of(lang);
        java.util.ResourceBundle errors = Messages.load("errors_" + lang.code() + ".properties");
        for (String key : SAYS.getOrDefault(c.name(), List.of())) {
            String template = messages.has(key) ? messages.get(key) : errors.getString(key);
            String fixed = Arrays.stream(template.split("\\{[^}]*}")).max(java.util.Comparator.comparingInt(String::length))
                    .orElseThrow().strip();
            assertThat(said).as("%s (%s) says %s", c, lang, key).contains(fixed);
        }
    }

    /** What djcheck said: stderr, and stdout where the case's output is djcheck's own text (which must not be empty). */
    private static String said(Case c, Cli.Run run) {
        if (c.said() == Said.ERR) {
            return run.err();
        }
        assertThat(run.out()).as("%s printed nothing", c).isNotBlank();
        return run.out() + "\n" + run.err();
    }

    private static String[] fresh(String[] args) {
        return Arrays.stream(args).map(a -> a.equals(FRESH) ? dir.resolve("fresh-" + FOLDERS.incrementAndGet()).toString()
                : a.equals(FRESH_DOCX) ? dir.resolve("fresh-" + FOLDERS.incrementAndGet() + ".docx").toString() : a)
                .toArray(String[]::new);
    }

    /** Without what the user typed (a mistyped command, an unknown profile): it is echoed as given. */
    private static String typed(String[] args, String said) {
        String s = said;
        for (String a : args) {
            if (a.length() > 2 && !a.startsWith("-")) {
                s = s.replaceAll("(?<![\\w/.-])" + Pattern.quote(a) + "(?![\\w-])", " ");
            }
        }
        return s;
    }

    private static String[] withLang(String[] args, String lang) {
        String[] a = Arrays.copyOf(args, args.length + 2);
        a[args.length] = "--lang";
        a[args.length + 1] = lang;
        return a;
    }

    // ---- English in a Chinese text: words left once names are taken out ----

    /** Names that are no language: formats, products, commands and example arguments of the help. */
    private static final Set<String> NAMES = Set.of("djcheck", "check", "extract", "explain", "rules", "lint", "test",
            "list", "init", "diff", "serve", "help", "text", "json", "jsonl", "csv", "xlsx", "html", "junit", "yaml", "drl",
            "pdf", "docx", "doc", "word", "excel", "powerpoint", "office", "zip", "utf", "gbk", "ocr", "rtf", "mht",
            "xml", "ofd", "opendocument", "odt", "ctrl", "sigterm", "bearer", "authorization", "token", "admin", "curl",
            "jq", "grep", "find", "cp", "echo", "in", "name", "cases", "expect", "http", "get", "post", "zh", "en", "ok",
            "ms", "kb", "mb", "id", "sha", "basedon", "changelog", "testsuite", "jenkins", "gitlab", "ci", "concept",
            "value", "quantities", "default", "or", "djcheck-default", "jar", "mvel", "year", "compare");

    private static final Pattern REMOVED = Pattern.compile(String.join("|",
            "「[^」]*」", "“[^”]*”", "'[^']*'", "\\{[^}]*}",          // quotes and report text
            "\\S*[/\\\\.=_@:0-9]\\S*",                               // paths, files, URLs, keys, numbers
            "-{1,2}[A-Za-z][\\w-]*",                                  // options
            "\\b[A-Z][A-Z0-9_-]+\\b",                                  // PATH, JSON, PASS, ZR-01, NOT_EVIDENCED
            "\\b[a-z]+-[a-z-]+\\b"));                                  // codes: yaml-syntax, unknown-concept

    static List<String> englishWords(String text) {
        String rest = REMOVED.matcher(text).replaceAll(" ");
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("[A-Za-z]{2,}").matcher(rest);
        while (m.find()) {
            if (!NAMES.contains(m.group().toLowerCase(java.util.Locale.ROOT))) {
                words.add(m.group());
            }
        }
        return words;
    }

    // ---- Chinese in an English text: Han characters left once names are taken out ----

    /** What the pack names (rule titles, grade labels): names, shown as the pack gives them. */
    private static final Set<String> PACK_NAMES = packNames();

    /**
     * Chinese the English texts name on purpose: the genre, the help's example report text and grep, a
     * Notepad menu, the library's own bilingual refusal of a text that is no report, and the labels of the
     * report's text layout (得分, 等次, 依据), which the report module writes alike in both languages,
     * and the Word documents' names (反馈意见 letters, the file 汇总通报.docx); the organisations the
     * test's own reports name (said back as given).
     */
    private static final List<String> CHINESE_NAMES = List.of("基层党建述职报告", "三会一课只写在问题里", "二、存在问题",
            "一是“三会一课”落实不到位。", "组织生活", "记事本", "另存为", "编码", "不是党建工作报告", "党建", "党组织", "党员",
            "得分", "等次", "依据", "反馈意见", "汇总通报",
            "青山镇党委", "绿水镇党委");

    static List<String> chinese(String text) {
        String rest = text.replaceAll("「[^」]*」", " ");
        for (String n : PACK_NAMES) {
            rest = rest.replace(n, " ");
        }
        for (String n : CHINESE_NAMES) {
            rest = rest.replace(n, " ");
        }
        List<String> left = new ArrayList<>();
        Matcher m = Pattern.compile("[\\p{IsHan}，。；：（）、]+").matcher(rest);
        while (m.find()) {
            left.add(m.group());
        }
        return left;
    }

    private static Set<String> packNames() {
        Set<String> names = new TreeSet<>((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));
        Pattern title = Pattern.compile("(?m)^\\s*(?:title|label):\\s*(.+?)\\s*$|label:\\s*([^,}]+)|@title\\(\\s*\"([^\"]+)\"");
        try (Stream<Path> files = Files.walk(PACK)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".drl")).toList()) {
                Matcher m = title.matcher(Files.readString(f));
                while (m.find()) {
                    names.add((m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3)).strip());
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return names;
    }
}
