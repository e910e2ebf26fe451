package io.djcheck.cli;

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

    @TempDir
    static Path dir;

    /** An argument that stands for a new folder, another one for each run. */
    static final String FRESH = "<fresh folder>";
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
        return c.stream();
    }

    static Stream<Arguments> chinese() {
        return cases().flatMap(c -> Stream.of(Arguments.of(c, "--lang"), Arguments.of(c, "default")));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("chinese")
    void chineseLeavesNoEnglish(Case c, String how) {
        String[] args = fresh(c.args());
        Cli.Run run = how.equals("default") ? Cli.runWithEnv(Map.of(), "", args)
                : Cli.runWithEnv(Map.of(), "", withLang(args, "zh"));
        String said = typed(args, withoutLibraryDetail(said(c, run)));
        assertThat(englishWords(said)).as("English left in what djcheck %s said (%s):%n%s", c, how, said).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void englishLeavesNoChinese(Case c) {
        String[] args = fresh(c.args());
        Cli.Run run = Cli.runWithEnv(Map.of(Lang.ENV, "zh"), "", withLang(args, "en"));   // the option beats the variable
        String said = typed(args, said(c, run));
        assertThat(chinese(said)).as("Chinese left in what djcheck %s said:%n%s", c, said).isEmpty();
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
        return Arrays.stream(args).map(a -> a.equals(FRESH) ? dir.resolve("fresh-" + FOLDERS.incrementAndGet()).toString() : a)
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

    /**
     * A rule pack problem's detail after its code and its Chinese kind ({@code f:2:9: yaml-syntax（YAML 语法错误）: ...})
     * stays in the library's wording: PackProblem carries a code and a place, but not yet the values of its message.
     */
    private static String withoutLibraryDetail(String said) {
        return said.replaceAll("(?m)^(\\S+:\\d+:\\d+: [a-z-]+（[^）]+）): .*$", "$1");
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
     * and the Word documents' names (反馈意见 letters, the file 汇总通报.docx).
     */
    private static final List<String> CHINESE_NAMES = List.of("基层党建述职报告", "三会一课只写在问题里", "二、存在问题",
            "一是“三会一课”落实不到位。", "组织生活", "记事本", "另存为", "编码", "不是党建工作报告", "党建", "党组织", "党员",
            "得分", "等次", "依据", "反馈意见", "汇总通报");

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
