package io.djcheck.cli;

import io.djcheck.engine.CompiledPackCache;
import io.djcheck.ingest.DocumentException;
import io.djcheck.pack.PackProblem;
import io.djcheck.pack.RulePackException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * The {@code djcheck} command: checks Party-building reports against a rule pack. Errors print as
 * one clear line each on stderr, never as a stack trace (unless {@code --debug}).
 */
@Command(name = "djcheck", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, version = "djcheck 0.1.0",
        description = {"Check Chinese grassroots Party-building reports (基层党建述职报告) for compliance.", ""},
        footer = {"", "Run 'djcheck COMMAND --help' for the options of a command.", "", ExitCode.HELP},
        subcommands = {CommandLine.HelpCommand.class})
public final class DjcheckCommand {

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show stack traces and engine logging.")
    boolean debug;

    // read before parsing (Lang.resolve), so that picocli's own errors are worded in it too
    @Option(names = Lang.OPTION, paramLabel = "zh|en", scope = CommandLine.ScopeType.INHERIT,
            description = "Language of messages and help: zh (the default) or en; the environment variable "
                    + "DJCHECK_LANG=en does the same.")
    String lang;

    public static void main(String[] args) {
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        // without --debug no library logs at all: PDFBox logs each damaged operator of a broken PDF at
        // ERROR with its stack trace (thousands of lines), while djcheck says what is wrong in one line
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", debug ? "debug" : "off");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        // POI logs through the Log4j API, which log4j-to-slf4j (a CLI dependency) hands to the logger above
        useCompiledPackCache();
        Interrupts.install(System.err, Messages.of(langOrChinese(args)));   // a Ctrl-C while the pack loads says so
        int code = run(args, Console.system(), debug);
        Interrupts.finished();
        System.exit(code);
    }

    /**
     * Keeps compiled packs in the user's cache directory ($XDG_CACHE_HOME/djcheck, else ~/.cache/djcheck),
     * so a run on an unchanged pack reads its rules instead of compiling them; an empty
     * {@code -Ddjcheck.compiledCache=} (in DJCHECK_JAVA_OPTS) turns it off.
     */
    private static void useCompiledPackCache() {
        if (System.getProperty(CompiledPackCache.DIRECTORY_PROPERTY) != null) {
            return;
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        java.nio.file.Path base = xdg != null && !xdg.isBlank() ? java.nio.file.Path.of(xdg)
                : java.nio.file.Path.of(System.getProperty("user.home"), ".cache");
        System.setProperty(CompiledPackCache.DIRECTORY_PROPERTY, base.resolve("djcheck").toString());
    }

    private static Lang langOrChinese(String[] args) {
        try {
            return Lang.resolve(java.util.Arrays.asList(args), System::getenv);
        } catch (Lang.UnknownLang e) {
            return Lang.ZH;                                // run() says what is wrong with it
        }
    }

    /** Every verb, with its usage help in the console's language. */
    static CommandLine commandLine(Console console) {
        return commandLine(console, null);
    }

    /**
     * The command line with only {@code verb} (and its own subcommands) when it names one, else with every
     * verb (for the overall help, and to suggest a verb for a mistyped one). Picocli reads each verb's
     * options by reflection from classes the class archive cannot hold (they are Java 5 classes), so a
     * one-file check builds only its own: measured, about 0.1 s of the start-up.
     */
    static CommandLine commandLine(Console console, String verb) {
        Map<String, Supplier<CommandLine>> verbs = verbs(console);
        CommandLine cl = new CommandLine(new DjcheckCommand());
        if (verb != null && verbs.containsKey(verb)) {
            cl.addSubcommand(verbs.get(verb).get());
        } else {
            verbs.values().forEach(v -> cl.addSubcommand(v.get()));
        }
        ResourceBundle help = console.messages().help();
        if (help != null) {
            cl.setResourceBundle(help);                   // after the subcommands: it reaches each of them
        }
        return cl;
    }

    /** Each verb by name, in the order the help lists them, built only when asked for. */
    private static Map<String, Supplier<CommandLine>> verbs(Console console) {
        Map<String, Supplier<CommandLine>> verbs = new LinkedHashMap<>();
        verbs.put("check", () -> new CommandLine(new CheckCommand(console)));
        verbs.put("extract", () -> new CommandLine(new ExtractCommand(console)));
        verbs.put("explain", () -> new CommandLine(new ExplainCommand(console)));
        verbs.put("compare", () -> new CommandLine(new CompareCommand(console)));
        verbs.put("rules", () -> new CommandLine(new RulesCommand(console))
                .addSubcommand(new CommandLine(new RulesLintCommand(console)))
                .addSubcommand(new CommandLine(new RulesTestCommand(console)))
                .addSubcommand(new CommandLine(new RulesListCommand(console)))
                .addSubcommand(new CommandLine(new RulesInitCommand(console)))
                .addSubcommand(new CommandLine(new RulesDiffCommand(console))));
        verbs.put("serve", () -> new CommandLine(new ServeCommand(console)));
        return verbs;
    }

    /**
     * The verb the arguments name: the first one that is neither one of djcheck's own options nor the
     * value of {@code --lang}; null when there is none.
     */
    static String verb(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals(Lang.OPTION)) {
                i++;                                       // its value
            } else if (!a.startsWith("-")) {
                return a;
            }
        }
        return null;
    }

    /** Runs the command line and returns its exit code; the CLI tests call this. */
    static int run(String[] args, Console console, boolean debug) {
        return run(args, console, debug, System::getenv);
    }

    /** As {@link #run(String[], Console, boolean)}, with the environment ({@code DJCHECK_LANG}) from {@code env}. */
    static int run(String[] args, Console console, boolean debug, java.util.function.Function<String, String> env) {
        Lang lang;
        try {
            lang = Lang.resolve(java.util.Arrays.asList(args), env);
        } catch (Lang.UnknownLang e) {
            Messages zh = Messages.of(Lang.ZH);
            console.error(zh.get("lang.unknown", e.getMessage()) + " / " + Messages.of(Lang.EN).get("lang.unknown", e.getMessage()));
            return ExitCode.USAGE;
        }
        return runIn(args, console.speaking(Messages.of(lang)), debug);
    }

    private static int runIn(String[] args, Console console, boolean debug) {
        Messages messages = console.messages();
        CommandLine cl = commandLine(console, verb(args));
        cl.setOut(console.out());
        cl.setErr(console.err());
        cl.setParameterExceptionHandler((ex, a) -> {
            console.error(ParameterErrors.describe(ex, messages));
            console.err().println(messages.get("usage.help", ex.getCommandLine().getCommandSpec().qualifiedName()));
            console.err().flush();
            return ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> handle(ex, console, debug));
        try {
            return cl.execute(args);
        } catch (Throwable t) {                          // an Error past picocli: still one line, never a stack trace
            return handle(t, console, debug);
        }
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static int handle(Throwable ex, Console console, boolean debug) {
        if (debug) {
            ex.printStackTrace(new PrintStream(System.err, true, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (ex instanceof RulePackException rp) {
            console.error(console.messages().count("pack.invalid", rp.problems().size(), rp.problems().size()));
            for (PackProblem p : rp.problems()) {
                console.err().println(ProblemText.of(p, console.messages()));
            }
            console.err().flush();
            return ExitCode.PACK;
        }
        if (ex instanceof UsageException u) {
            console.error(u.text(console.messages()));
            return ExitCode.USAGE;
        }
        if (ex instanceof DocumentException) {
            console.error(LimitOptions.message(ex, console.messages()));
            return ExitCode.INPUT;
        }
        if (ex instanceof java.io.UncheckedIOException) {
            console.error(ex.getMessage());
            return ExitCode.INPUT;
        }
        if (ex instanceof LinkageError) {
            console.error(console.text("error.linkage", oneLine(ex.toString())));
            return ExitCode.INTERNAL;
        }
        console.error(console.text("error.internal", oneLine(ex.toString())));
        return ExitCode.INTERNAL;
    }
}
