package io.djcheck.cli;

import io.djcheck.engine.CompiledPackCache;
import io.djcheck.ingest.DocumentException;
import io.djcheck.pack.PackProblem;
import io.djcheck.pack.RulePackException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;

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

    public static void main(String[] args) {
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        // without --debug no library logs at all: PDFBox logs each damaged operator of a broken PDF at
        // ERROR with its stack trace (thousands of lines), while djcheck says what is wrong in one line
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", debug ? "debug" : "off");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        // POI logs through the Log4j API, which log4j-to-slf4j (a CLI dependency) hands to the logger above
        useCompiledPackCache();
        Interrupts.install(System.err);                  // a Ctrl-C while the pack loads says so, in one line
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

    /** Runs the command line and returns its exit code; the CLI tests call this. */
    static int run(String[] args, Console console, boolean debug) {
        CommandLine cl = new CommandLine(new DjcheckCommand());
        cl.addSubcommand(new CommandLine(new CheckCommand(console)));
        cl.addSubcommand(new CommandLine(new ExtractCommand(console)));
        cl.addSubcommand(new CommandLine(new ExplainCommand(console)));
        cl.addSubcommand(new CommandLine(new CompareCommand(console)));
        cl.addSubcommand(new CommandLine(new RulesCommand(console))
                .addSubcommand(new CommandLine(new RulesLintCommand(console)))
                .addSubcommand(new CommandLine(new RulesTestCommand(console)))
                .addSubcommand(new CommandLine(new RulesListCommand(console)))
                .addSubcommand(new CommandLine(new RulesInitCommand(console)))
                .addSubcommand(new CommandLine(new RulesDiffCommand(console))));
        cl.addSubcommand(new CommandLine(new ServeCommand(console)));
        cl.setOut(console.out());
        cl.setErr(console.err());
        cl.setParameterExceptionHandler((ex, a) -> {
            console.error(oneLine(ex.getMessage()) + suggestion(ex));
            console.err().println("Run '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
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

    /** "; did you mean check?" for a mistyped subcommand or option, picocli's closest suggestion; else "". */
    private static String suggestion(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            return "; did you mean " + u.getSuggestions().get(0) + "?";     // the closest first
        }
        return "";
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static int handle(Throwable ex, Console console, boolean debug) {
        if (debug) {
            ex.printStackTrace(new PrintStream(System.err, true, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (ex instanceof RulePackException rp) {
            console.error("rule pack is invalid (" + rp.problems().size() + " problem"
                    + (rp.problems().size() == 1 ? "" : "s") + "); fix these and run again:");
            for (PackProblem p : rp.problems()) {
                console.err().println(p);
            }
            console.err().flush();
            return ExitCode.PACK;
        }
        if (ex instanceof UsageException) {
            console.error(ex.getMessage());
            return ExitCode.USAGE;
        }
        if (ex instanceof DocumentException) {
            console.error(LimitOptions.message(ex));
            return ExitCode.INPUT;
        }
        if (ex instanceof java.io.UncheckedIOException) {
            console.error(ex.getMessage());
            return ExitCode.INPUT;
        }
        if (ex instanceof LinkageError) {
            console.error("djcheck is missing a part it needs (" + oneLine(ex.toString()) + "); the installation is "
                    + "incomplete: install djcheck again");
            return ExitCode.INTERNAL;
        }
        console.error("internal error: " + oneLine(ex.toString()) + " (run with --debug for the stack trace, and please report it)");
        return ExitCode.INTERNAL;
    }
}
