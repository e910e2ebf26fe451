package io.djcheck.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.IOException;
import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both languages are complete: every message key is in messages_zh and messages_en, every key the
 * code names exists, every command, option and parameter has its Chinese help, and every error code
 * the library throws has its Chinese wording.
 */
class MessagesBundleTest {

    private static final Path SOURCES = Path.of("src/main/java/io/djcheck/cli");

    /** A string literal shaped like a message key: area.name (file names such as pack.yaml are told apart below). */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z]+(?:\\.[a-z0-9-]*[a-z0-9])+)\"");

    private static Set<String> keys(String file) {
        return new TreeSet<>(Messages.load(file).keySet());
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() {
        Set<String> zh = keys("messages_zh.properties");
        Set<String> en = keys("messages_en.properties");
        assertThat(difference(en, zh)).as("keys missing in messages_zh.properties").isEmpty();
        assertThat(difference(zh, en)).as("keys missing in messages_en.properties").isEmpty();
        assertThat(zh).hasSizeGreaterThan(100);
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> areas = new TreeSet<>();
        keys("messages_en.properties").forEach(k -> areas.add(k.substring(0, k.indexOf('.'))));
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(f));
                while (m.find()) {
                    String literal = m.group(1);
                    if (areas.contains(literal.substring(0, literal.indexOf('.')))
                            && !literal.matches(".*\\.(yaml|yml|json|jsonl|csv|xlsx|html|txt|drl)")) {
                        used.add(literal);
                    }
                }
            }
        }
        assertThat(used).contains("usage.threads-min", "summary.checked", "input.no-reports", "interrupt.checking");
        assertThat(difference(used, keys("messages_zh.properties"))).as("keys the code uses, missing in zh").isEmpty();
        assertThat(difference(used, keys("messages_en.properties"))).as("keys the code uses, missing in en").isEmpty();
    }

    @Test
    void everyCommandOptionAndParameterHasItsChineseHelp() {
        Console console = new Console(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false);
        ResourceBundle zh = Messages.load("help_zh.properties");
        List<String> missing = new ArrayList<>();
        walk(DjcheckCommand.commandLine(console.speaking(Messages.of(Lang.EN))).getCommandSpec(), zh, missing);
        assertThat(missing).as("help texts missing in help_zh.properties").isEmpty();
    }

    private static void walk(CommandSpec spec, ResourceBundle zh, List<String> missing) {
        String q = spec.qualifiedName(".");
        if (!has(zh, q, "usage.description") && !has(zh, q, "usage.description.0")) {
            missing.add(q + ".usage.description");
        }
        boolean footer = spec.usageMessage().footer().length > 0;
        if (footer && !has(zh, q, "usage.footer") && !has(zh, q, "usage.footer.0")) {
            missing.add(q + ".usage.footer");
        }
        for (OptionSpec o : spec.options()) {
            String key = o.descriptionKey().isEmpty() ? o.longestName().replaceFirst("^-+", "") : o.descriptionKey();
            if (!o.hidden() && !has(zh, q, key)) {
                missing.add(q + "." + key);
            }
        }
        for (PositionalParamSpec p : spec.positionalParameters()) {
            String key = p.descriptionKey().isEmpty() ? p.paramLabel() + "[" + p.index() + "]" : p.descriptionKey();
            if (!p.hidden() && !has(zh, q, key)) {
                missing.add(q + "." + key);
            }
        }
        for (CommandLine sub : spec.subcommands().values()) {
            walk(sub.getCommandSpec(), zh, missing);
        }
    }

    /** picocli's lookup: the key under the command's qualified name first, then alone. */
    private static boolean has(ResourceBundle bundle, String qualified, String key) {
        return bundle.containsKey(qualified + "." + key) || bundle.containsKey(key);
    }

    @Test
    void everyErrorCodeOfTheLibraryIsWordedInChinese() throws IOException {
        ResourceBundle zh = Messages.load("errors_zh.properties");
        Set<String> docCodes = new TreeSet<>();
        Pattern problem = Pattern.compile("DocumentProblem\\.of\\(\\s*\"([a-z0-9-]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("../core/src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = problem.matcher(Files.readString(f));
                while (m.find()) {
                    docCodes.add(m.group(1));
                }
            }
        }
        assertThat(docCodes).contains("empty-file", "limit-pages", "not-a-report", "timeout");
        assertThat(docCodes.stream().filter(c -> !zh.containsKey("doc." + c)).toList())
                .as("input error codes without doc.<code> in errors_zh.properties").isEmpty();

        // the pack problem codes docs/rules.md documents, a row each: | `code` | ... (or several codes in one row)
        Set<String> packCodes = new TreeSet<>();
        String doc = Files.readString(Path.of("../docs/rules.md"));
        String table = doc.substring(doc.indexOf("| `yaml-syntax` |"));
        for (String line : table.lines().takeWhile(l -> l.startsWith("|")).toList()) {
            Matcher m = Pattern.compile("`([a-z]+(?:-[a-z]+)*)`").matcher(line.substring(0, line.indexOf('|', 1)));
            while (m.find()) {
                packCodes.add(m.group(1));
            }
        }
        assertThat(packCodes).contains("yaml-syntax", "unknown-concept", "weights-sum");
        assertThat(packCodes.stream().filter(c -> !zh.containsKey("pack." + c)).toList())
                .as("rule pack problem codes without pack.<code> in errors_zh.properties").isEmpty();
    }

    @Test
    void everyWordedPackProblemIsWordedInBothLanguages() throws IOException {
        Set<String> zh = new TreeSet<>(keys("errors_zh.properties").stream().filter(k -> k.startsWith("pack-message.")).toList());
        Set<String> en = keys("errors_en.properties");
        assertThat(difference(zh, en)).as("pack-message keys missing in errors_en.properties").isEmpty();
        assertThat(difference(en, zh)).as("keys of errors_en.properties missing in errors_zh.properties").isEmpty();

        // each explanation the library gives a code (PackProblem.DETAIL), found where it is named:
        // "detail", "missing-end" (DRL slips) or explained(..., "tab", parser) (YAML slips)
        Set<String> details = new TreeSet<>();
        Pattern named = Pattern.compile("\"detail\", \"([a-z-]+)\"|(?<!put\\()\"([a-z-]+)\", parser");
        for (String f : List.of("engine/DrlStructure.java", "pack/YamlErrors.java")) {
            String code = f.startsWith("engine") ? "drl-syntax" : "yaml-syntax";
            Matcher m = named.matcher(Files.readString(Path.of("../core/src/main/java/io/djcheck").resolve(f)));
            while (m.find()) {
                details.add("pack-message." + code + "." + (m.group(1) != null ? m.group(1) : m.group(2)));
            }
        }
        assertThat(details).contains("pack-message.drl-syntax.missing-end", "pack-message.yaml-syntax.tab").hasSizeGreaterThan(9);
        assertThat(difference(details, zh)).as("explanations of the library without their wording").isEmpty();
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
