package io.djcheck.dist;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The distribution djcheck-VERSION.zip, unpacked as a user unpacks it: what it holds, and its sh
 * launcher run on a sample report, with the editable rule pack, and without a usable Java.
 * (djcheck.bat is checked for its form only: no Windows here.)
 */
class DistributionTest {

    @TempDir
    static Path unpacked;

    /** The launcher's cache (compiled packs, class archives): the test's own, never the user's. */
    @TempDir
    static Path cache;

    private static Path home;

    @BeforeAll
    static void unzip() throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(Shipped.zip()).get()) {
            for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
                Path target = unpacked.resolve(e.getName()).normalize();
                assertThat(target.startsWith(unpacked)).as(e.getName() + " stays inside the folder").isTrue();
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(e)) {
                    Files.copy(in, target);
                }
                if ((e.getUnixMode() & 0100) != 0) {         // what unzip does with the mode the archive records
                    Set<PosixFilePermission> perms = Files.getPosixFilePermissions(target);
                    perms.add(PosixFilePermission.OWNER_EXECUTE);
                    Files.setPosixFilePermissions(target, perms);
                }
            }
        }
        home = unpacked.resolve("djcheck-" + Shipped.version());
    }

    @Test
    void theZipHoldsTheJarTheLaunchersTheEditablePackTheSamplesAndTheReadme() throws IOException {
        assertThat(home.resolve("djcheck.jar")).hasSameBinaryContentAs(Shipped.jar());
        assertThat(Files.isExecutable(home.resolve("djcheck"))).as("the sh launcher is executable").isTrue();
        assertThat(home.resolve("README.md")).content(StandardCharsets.UTF_8).contains("Windows 办公室使用");
        assertThat(home.resolve("docs/rules.md")).isRegularFile();
        for (String f : List.of("pack.yaml", "params.yaml", "lexicon.yaml", "scoring.yaml", "rules/zeren.yaml", "rules/jiti.drl")) {
            assertThat(home.resolve("rules/default").resolve(f)).isRegularFile();
        }
        try (var reports = Files.list(home.resolve("examples/reports"))) {
            assertThat(reports.map(p -> p.getFileName().toString())).hasSize(5).allMatch(n -> n.endsWith(".txt"));
        }
        String bat = Files.readString(home.resolve("djcheck.bat"), StandardCharsets.UTF_8);
        assertThat(bat).contains("djcheck.jar", "JAVA_HOME", "Java 17");
        assertThat(bat.split("\n")).allMatch(line -> line.isEmpty() || line.endsWith("\r"));    // CRLF for cmd.exe
        assertThat(Files.readString(home.resolve("djcheck"))).doesNotContain("\r");
    }

    @Test
    void theLauncherChecksASampleReport() {
        Shipped.Run run = launcher(Map.of(), "check", "examples/reports/001_a6f31e7c84c24bc8.txt");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).as(run.toString()).isEmpty();
        assertThat(run.out()).contains("━━ examples/reports/001_a6f31e7c84c24bc8.txt ━━", "得分 79 / 100", "等次 一般");
    }

    @Test
    void theLauncherRecordsAClassArchiveOnceAndLaterRunsMapItWithTheSameOutput(@TempDir Path own) throws IOException {
        String sample = "examples/reports/001_a6f31e7c84c24bc8.txt";
        Map<String, String> env = Map.of("XDG_CACHE_HOME", own.toString());
        Shipped.Run first = launcher(env, "check", "--format", "json", sample);
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(archives(own)).as("one archive, no .part left").hasSize(1).allMatch(n -> n.endsWith(".jsa"));

        Path loaded = own.resolve("classes.log");
        Map<String, String> logged = new HashMap<>(env);
        logged.put("DJCHECK_JAVA_OPTS", "-Xlog:class+load:file=" + loaded);
        Shipped.Run second = launcher(logged, "check", "--format", "json", sample);
        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(second.err()).as(second.toString()).isEmpty();
        assertThat(withoutTimings(second.out())).isEqualTo(withoutTimings(first.out()));
        assertThat(Files.readAllLines(loaded)).as("classes mapped from the archive")
                .filteredOn(l -> l.contains("shared objects file (top)")).hasSizeGreaterThan(1000);

        Path archive = own.resolve("djcheck").resolve(archives(own).get(0));
        Files.delete(archive);                              // the JVM writes it read-only
        Files.write(archive, "not an archive".getBytes(StandardCharsets.UTF_8));   // damaged: Java must ignore it, silently
        Shipped.Run damaged = launcher(env, "check", "--format", "json", sample);
        assertThat(damaged.exitCode()).as(damaged.toString()).isZero();
        assertThat(damaged.err()).as(damaged.toString()).isEmpty();
        assertThat(withoutTimings(damaged.out())).isEqualTo(withoutTimings(first.out()));
    }

    @Test
    void djcheckCdsOffRecordsNoArchive(@TempDir Path own) throws IOException {
        Shipped.Run run = launcher(Map.of("XDG_CACHE_HOME", own.toString(), "DJCHECK_CDS", "off"),
                "check", "examples/reports/001_a6f31e7c84c24bc8.txt");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(archives(own)).isEmpty();
    }

    @Test
    void theLauncherAsksJavaForItsVersionOnceAndAgainWhenThatJavaChanges(@TempDir Path dir) throws IOException {
        Path asked = dir.resolve("java-calls.log");
        Path java = loggingJava(dir, asked);
        Map<String, String> env = Map.of("JAVA_HOME", dir.resolve("jdk").toString(), "XDG_CACHE_HOME", dir.resolve("cache").toString());
        String sample = "examples/reports/001_a6f31e7c84c24bc8.txt";

        Shipped.Run first = launcher(env, "check", sample);
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(Files.readAllLines(asked)).filteredOn("-version"::equals).hasSize(1);

        Files.delete(asked);
        Shipped.Run second = launcher(env, "check", sample);
        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(Files.readAllLines(asked)).as("the noted version is used: one call, the check itself")
                .singleElement().asString().contains("-XX:TieredStopAtLevel=1", "-jar", "check " + sample);

        Files.delete(asked);
        Files.setLastModifiedTime(java, FileTime.fromMillis(System.currentTimeMillis() + 60_000));   // an updated java
        Shipped.Run updated = launcher(env, "check", sample);
        assertThat(updated.exitCode()).as(updated.toString()).isZero();
        assertThat(Files.readAllLines(asked)).filteredOn("-version"::equals).hasSize(1);
    }

    @Test
    void theServerKeepsJavasOptimisingCompiler(@TempDir Path dir) throws IOException {
        Path asked = dir.resolve("java-calls.log");
        loggingJava(dir, asked);
        Map<String, String> env = Map.of("JAVA_HOME", dir.resolve("jdk").toString(), "XDG_CACHE_HOME", dir.resolve("cache").toString(),
                "DJCHECK_CDS", "off");
        Shipped.Run serve = launcher(env, "--lang", "en", "serve", "--help");
        Shipped.Run check = launcher(env, "--lang", "en", "check", "--help");
        assertThat(serve.exitCode()).as(serve.toString()).isZero();
        assertThat(check.exitCode()).as(check.toString()).isZero();
        List<String> runs = Files.readAllLines(asked).stream().filter(l -> l.contains("-jar")).toList();
        assertThat(runs).hasSize(2);
        assertThat(runs.get(0)).contains("serve --help").doesNotContain("TieredStopAtLevel");
        assertThat(runs.get(1)).contains("check --help", "-XX:TieredStopAtLevel=1");
    }

    /** The test's Java behind a script in {@code dir/jdk/bin} that notes each call's arguments in {@code log}. */
    private static Path loggingJava(Path dir, Path log) throws IOException {
        Path java = Files.createDirectories(dir.resolve("jdk/bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"$*\" >> '" + log + "'\nexec '" + Shipped.java() + "' \"$@\"\n");
        java.toFile().setExecutable(true);
        return java;
    }

    @Test
    void bothLaunchersGiveJavaTheSameJitOption() throws IOException {
        Matcher sh = Pattern.compile("(?m)^jit=(\\S+)$").matcher(Files.readString(home.resolve("djcheck")));
        Matcher bat = Pattern.compile("(?m)^set \"JIT=([^\"]+)\"\r?$")
                .matcher(Files.readString(home.resolve("djcheck.bat"), StandardCharsets.UTF_8));
        assertThat(sh.find()).as("jit= in the sh launcher").isTrue();
        assertThat(bat.find()).as("set \"JIT=...\" in djcheck.bat").isTrue();
        assertThat(bat.group(1)).isEqualTo(sh.group(1)).isEqualTo("-XX:TieredStopAtLevel=1");
        assertThat(Files.readString(home.resolve("djcheck.bat"), StandardCharsets.UTF_8))
                .as("every java run of djcheck.bat takes it, before the user's options")
                .doesNotContain("\"%JAVA%\" %DJCHECK_JAVA_OPTS%").contains("\"%JAVA%\" %JIT% %DJCHECK_JAVA_OPTS% -jar")
                .as("the server keeps C2, as in the sh launcher").contains("if /i \"%~1\"==\"serve\" set \"JIT=\"");
    }

    /** The names of the class archives (and unfinished ones) in a cache folder. */
    private static List<String> archives(Path cacheHome) throws IOException {
        Path dir = cacheHome.resolve("djcheck");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("classes-")).sorted().toList();
        }
    }

    private static String withoutTimings(String json) {
        return json.replaceAll("\"\\w+Micros\" : \\d+", "");
    }

    @Test
    void theEditablePackIsUsedWithRules(@TempDir Path dir) throws IOException {
        Shipped.Run lint = launcher(Map.of(), "rules", "lint", "rules/default");
        assertThat(lint.exitCode()).as(lint.toString()).isZero();

        Shipped.Run strict = launcher(Map.of(), "check", "--rules", "rules/default", "--param", "committee_dj_sessions_min=20",
                "examples/reports/001_a6f31e7c84c24bc8.txt");
        assertThat(strict.exitCode()).as(strict.toString()).isZero();
        assertThat(strict.out()).contains("ZR-01").contains("20");
    }

    @Test
    void withoutJavaTheLauncherSaysSoInChineseAndEnglish(@TempDir Path empty) {
        Map<String, String> env = new HashMap<>();
        env.put("JAVA_HOME", null);
        env.put("PATH", empty.toString());                   // no java anywhere
        Shipped.Run run = launcher(env, "check", "examples/reports");
        assertThat(run.exitCode()).isEqualTo(127);
        assertThat(run.errLines()).containsExactly(
                "djcheck: 找不到 Java 17 或更高版本。PATH 中没有 java，也未设置 JAVA_HOME。请安装 Java 17 或更高版本（例如 https://adoptium.net ），或将 JAVA_HOME 设为其安装目录，然后重试。",
                "djcheck: Java 17 or later was not found. There is no java on the PATH and JAVA_HOME is not set. Install Java 17 or later (e.g. from https://adoptium.net), or set JAVA_HOME to where it is installed, and try again.");
    }

    @Test
    void anOldJavaInJavaHomeIsNamedAndRefusedBeforeThePath(@TempDir Path dir) throws IOException {
        Path oldJava = Files.createDirectories(dir.resolve("jdk8/bin")).resolve("java");
        Files.writeString(oldJava, "#!/bin/sh\necho 'java version \"1.8.0_292\"' >&2\necho 'Java(TM) SE Runtime Environment' >&2\n");
        oldJava.toFile().setExecutable(true);
        Map<String, String> env = new HashMap<>();
        env.put("JAVA_HOME", dir.resolve("jdk8").toString());   // first, though a Java 17 is on the PATH
        Shipped.Run run = launcher(env, "check", "examples/reports");
        assertThat(run.exitCode()).isEqualTo(127);
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0)).contains(oldJava + " 是 Java 1.8.0_292，版本太旧", "需要 Java 17 或更高版本");
        assertThat(run.errLines().get(1)).contains(oldJava + " is Java 1.8.0_292, too old. djcheck needs Java 17 or later");
    }

    @Test
    void ctrlCWhileTheLauncherLooksForJavaSaysSo(@TempDir Path dir) throws Exception {
        assumeFalse(Shipped.sigintIgnored(), "SIGINT is ignored in this environment, so a child cannot receive Ctrl-C");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/setsid")), "needs setsid (util-linux) to send Ctrl-C to a process group");
        Path asked = dir.resolve("asked");
        Path slowJava = Files.createDirectories(dir.resolve("jdk/bin")).resolve("java");
        // a java that says it is being asked for its version, then waits (for input that never comes)
        Files.writeString(slowJava, "#!/bin/sh\n: > '" + asked + "'\nread line\necho 'openjdk version \"17.0.2\"' >&2\n");
        slowJava.toFile().setExecutable(true);
        Path err = dir.resolve("stderr.txt");
        // a session of its own, so that Ctrl-C can go to the launcher's whole process group, as a terminal sends it
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/setsid", "/bin/sh", "./djcheck", "check", "examples/reports")
                .directory(home.toFile()).redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("JAVA_HOME", dir.resolve("jdk").toString());
        pb.environment().put("DJCHECK_LANG", "en");
        Process p = pb.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (!Files.exists(asked) && p.isAlive() && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(20);            // poll the condition: java -version has started
            }
            assertThat(asked).as("the launcher asked java for its version").exists();
            Process kill = new ProcessBuilder("kill", "-INT", "--", "-" + p.pid()).inheritIO().start();
            assertThat(kill.waitFor(1, TimeUnit.MINUTES) && kill.exitValue() == 0).as("kill -INT the group").isTrue();
            assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        } finally {
            p.destroyForcibly();
            p.getOutputStream().close();
        }
        assertThat(p.exitValue()).isEqualTo(130);
        assertThat(Files.readAllLines(err)).containsExactly(
                "djcheck: interrupted (Ctrl-C) while starting up; nothing was checked or written; run the command again");
    }

    /** {@code sh djcheck args} in the unpacked folder, with the test's Java on the PATH unless {@code env} says otherwise. */
    private static Shipped.Run launcher(Map<String, String> env, String... args) {
        Map<String, String> e = new HashMap<>();
        e.put("JAVA_HOME", null);
        e.put("XDG_CACHE_HOME", cache.toString());
        e.put("PATH", Shipped.java().getParent() + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        e.putAll(env);
        List<String> command = new ArrayList<>(List.of("/bin/sh", "./djcheck"));
        command.addAll(List.of(args));
        return Shipped.run(home, command, e);
    }
}
