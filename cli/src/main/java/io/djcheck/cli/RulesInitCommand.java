package io.djcheck.cli;

import io.djcheck.Checker;
import io.djcheck.pack.PackInfo;
import io.djcheck.pack.RulePack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code djcheck rules init}: an editable copy of a pack — the built-in default, or another folder —
 * with a fresh id and version, {@code basedOn} naming where it came from, and a changelog to fill in,
 * so that someone with only the jar or the distribution has a pack to start from.
 */
@Command(name = "init", sortOptions = false,
        description = {"Write an editable copy of a rule pack into a new folder: every file of the pack (rules, "
                + "lexicon, parameters and profiles, scoring, tests), with a fresh id and version in pack.yaml, "
                + "'basedOn' naming the pack it was copied from, and a changelog to keep.", ""},
        footer = {"", "Examples:",
                "  djcheck rules init my-rules                 # a copy of the built-in default pack",
                "  djcheck rules init --from county-2025 my-2026",
                "  djcheck rules init --id xx-county my-rules", "",
                "Then edit my-rules/params.yaml or my-rules/rules/*.yaml and run:",
                "  djcheck rules lint my-rules && djcheck rules test my-rules",
                "  djcheck check --rules my-rules report.docx", "",
                "Exit codes:",
                "  0  the copy was written",
                "  2  the folder exists and is not empty, or --from is not a pack"})
final class RulesInitCommand implements Callable<Integer> {

    private static final Pattern ID = Pattern.compile("(?m)^id:.*$");
    private static final Pattern VERSION = Pattern.compile("(?m)^version:.*$");

    @Parameters(paramLabel = "DIR", description = "The new pack folder (must not exist, or be empty).")
    Path dir;

    @Option(names = "--from", paramLabel = "PACK",
            description = "The pack to copy: a folder, or 'default' for the built-in pack (the default).")
    String from = "default";

    @Option(names = "--id", paramLabel = "ID",
            description = "The new pack's id (default: the folder's name).")
    String id;

    private final Console console;

    RulesInitCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        if (Files.exists(dir) && !isEmptyFolder(dir)) {
            throw new UsageException("usage.init-not-empty", dir);
        }
        // a --from that is no folder is a usage error (exit 2), as --rules is, not a pack problem at 0:0
        RulePack source = from.equals("default") ? RulePack.fromClasspath(Checker.DEFAULT_PACK)
                : PackArgument.load(Path.of(from), false, "--from " + from);
        PackInfo info = Checker.builder().rulePack(source).build().pack();   // copies only a pack that loads
        String newId = id != null ? id : dir.toAbsolutePath().normalize().getFileName().toString();
        if (!newId.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new UsageException("usage.init-bad-id", newId);
        }
        try {
            for (String path : source.paths()) {
                Path target = dir.resolve(path);
                Files.createDirectories(target.getParent());
                String text = source.text(path);
                Files.writeString(target, path.equals("pack.yaml") ? packYaml(text, newId, info) : text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(console.text("init.cannot-write", dir, e.getMessage()), e);
        }
        PrintWriter out = console.out();
        out.println(console.text("init.wrote", source.paths().size(), info.id(), info.version(), dir, newId));
        out.println(console.text("init.next", dir.resolve("params.yaml"), dir.resolve("rules")));
        out.println("  djcheck rules lint " + dir + " && djcheck rules test " + dir);
        out.flush();
        return ExitCode.OK;
    }

    /** pack.yaml with the new id, version 0.1.0, where it came from and a changelog to keep. */
    static String packYaml(String original, String newId, PackInfo from) {
        String text = ID.matcher(original).replaceFirst(Matcher.quoteReplacement("id: " + newId));
        text = VERSION.matcher(text).replaceFirst("version: 0.1.0");
        if (!text.endsWith("\n")) {
            text += "\n";
        }
        return text + "basedOn: " + from.id() + " " + from.version() + " (sha256 " + from.sha256() + ")\n"
                + "authors: []                       # who keeps this pack, e.g. [某县委组织部组织科]\n"
                + "changelog:\n"
                + "  - version: 0.1.0\n"
                + "    date: " + LocalDate.now() + "\n"
                + "    changes: copied from " + from.id() + " " + from.version() + "\n";
    }

    private static boolean isEmptyFolder(Path p) {
        if (!Files.isDirectory(p)) {
            return false;
        }
        try (Stream<Path> s = Files.list(p)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
