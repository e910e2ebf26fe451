package io.djcheck.dist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs what is shipped as a user would: {@code java -jar cli/target/djcheck.jar ...} (the jar the
 * build packaged, not the classes) or a launcher of the unpacked distribution, each in a process of
 * its own, and captures its exit code, stdout and stderr.
 */
final class Shipped {

    /** Bounds a hung process only: every run ends by itself, in seconds. */
    private static final long HANG_GUARD_MINUTES = 3;

    record Run(List<String> command, int exitCode, String out, String err) {
        /** stderr split into lines, without blank ones. */
        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }

        @Override
        public String toString() {
            return String.join(" ", command) + " → exit " + exitCode + "\nstdout:\n" + out + "\nstderr:\n" + err;
        }
    }

    private Shipped() {
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("djcheck.jar", "../cli/target/djcheck.jar"));
        assertThat(jar).as("the shaded jar, built by cli's package phase").isRegularFile();
        return jar;
    }

    static Path zip() {
        Path zip = Path.of(System.getProperty("djcheck.zip", "target/djcheck-" + version() + ".zip"));
        assertThat(zip).as("the distribution, built by this module's package phase").isRegularFile();
        return zip;
    }

    static String version() {
        return System.getProperty("djcheck.version", "0.1.0-SNAPSHOT");
    }

    static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** {@code java -jar djcheck.jar args} in {@code dir}. */
    static Run jar(Path dir, String... args) {
        return jar(dir, List.of(), args);
    }

    /** {@code java JVM-OPTIONS -jar djcheck.jar args} in {@code dir}. */
    static Run jar(Path dir, List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>(List.of(java().toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar().toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return run(dir, command, Map.of());
    }

    /** Runs {@code command} in {@code dir} with {@code env} changed (a null value removes the variable). */
    static Run run(Path dir, List<String> command, Map<String, String> env) {
        try {
            Path out = Files.createTempFile(dir, "stdout", ".txt");
            Path err = Files.createTempFile(dir, "stderr", ".txt");
            ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
            pb.environment().put("DJCHECK_LANG", "en");   // these tests assert the English messages; env may say otherwise
            env.forEach((k, v) -> {
                if (v == null) {
                    pb.environment().remove(k);
                } else {
                    pb.environment().put(k, v);
                }
            });
            Process p = pb.start();
            p.getOutputStream().close();                   // no input: a command that waits for stdin sees its end
            if (!p.waitFor(HANG_GUARD_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " still running after " + HANG_GUARD_MINUTES
                        + " minutes; stderr so far:\n" + Files.readString(err));
            }
            Run r = new Run(command, p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
            Files.delete(out);
            Files.delete(err);
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A test resource (src/test/resources/smoke/NAME) copied into {@code dir}. */
    static Path sample(Path dir, String name) {
        try (InputStream in = Shipped.class.getResourceAsStream("/smoke/" + name)) {
            assertThat(in).as("test resource smoke/" + name).isNotNull();
            Path target = dir.resolve(name);
            Files.copy(in, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when this process ignores SIGINT (Linux: bit 2 of SigIgn in /proc/self/status); children inherit it. */
    static boolean sigintIgnored() {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return false;
        }
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("SigIgn:")) {
                    return (Long.parseUnsignedLong(line.substring(7).strip(), 16) & (1L << 1)) != 0;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return false;
    }

    /** What a stack trace leaves in an output: a Java exception's class name or a frame. */
    static void assertNoStackTrace(Run r) {
        assertThat(r.err()).as(r.toString()).doesNotContain("Exception").doesNotContain("\tat ")
                .doesNotContain("at io.djcheck").doesNotContain("Caused by");
        assertThat(r.out()).as(r.toString()).doesNotContain("\tat ").doesNotContain("at io.djcheck");
    }
}
