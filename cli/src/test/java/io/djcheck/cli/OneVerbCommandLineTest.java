package io.djcheck.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run builds picocli's model of the verb it names only (start-up), while the overall help and a
 * mistyped verb still see every verb.
 */
class OneVerbCommandLineTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "check a.txt                      | check",
            "--lang en check a.txt            | check",
            "--lang=en --debug rules lint     | rules",
            "--debug extract --format json x  | extract",
            "--help                           | null",
            "--lang zh                        | null",
            "help check                       | help",
            "chek a.txt                       | chek",
    })
    void theVerbIsTheFirstArgumentThatIsNoOptionOfDjcheckNorTheLanguage(String args, String verb) {
        assertThat(DjcheckCommand.verb(args.split(" "))).isEqualTo(verb);
    }

    @Test
    void aVerbBuildsOnlyItselfAndAnythingElseBuildsEveryVerb() {
        Console console = new Console(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false, false,
                new ByteArrayInputStream(new byte[0])).speaking(Messages.of(Lang.EN));
        assertThat(DjcheckCommand.commandLine(console, "check").getSubcommands()).containsOnlyKeys("help", "check");
        assertThat(DjcheckCommand.commandLine(console, "rules").getSubcommands().get("rules").getSubcommands())
                .containsOnlyKeys("lint", "test", "list", "init", "diff");
        for (String other : new String[] {null, "help", "chek"}) {
            assertThat(DjcheckCommand.commandLine(console, other).getSubcommands())
                    .containsOnlyKeys("help", "check", "extract", "explain", "compare", "rules", "serve");
        }
    }

    @Test
    void theOverallHelpAndHelpForAVerbStillWork() {
        Cli.Run overall = Cli.run("--help");
        assertThat(overall.exitCode()).isZero();
        assertThat(overall.out()).contains("check", "extract", "explain", "compare", "rules", "serve");
        Cli.Run help = Cli.run("help", "check");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--fail-under");
        Cli.Run verb = Cli.run("--lang", "en", "check", "--help");
        assertThat(verb.exitCode()).isZero();
        assertThat(verb.out()).isEqualTo(help.out());
    }
}
