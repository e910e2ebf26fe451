package io.djcheck.examples;

import org.junit.jupiter.api.Test;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code ```java} block of README.md compiles against the library (javac of the running JDK,
 * the test classpath: core, rules, report, Spring Web, djcheck-spark), and the complete program
 * runs on a sample report. A block that is a whole compilation unit is compiled as it stands; a
 * class without imports gets the imports of the packages the README is about; statements are put in
 * a method beside the names the README's prose gives them ({@code checker}, {@code dir},
 * {@code spark}, {@code store}, {@code log}).
 */
class ReadmeSnippetsTest {

    private static final Path README = Path.of("../README.md");
    private static final Pattern BLOCK = Pattern.compile("(?m)^[ \\t]*```java\\n(.*?)^[ \\t]*```", Pattern.DOTALL);
    private static final Pattern TYPE = Pattern.compile("(?m)^(public\\s+)?(final\\s+)?(class|record|interface)\\s+(\\w+)");

    /** The packages the README's fragments use, imported for the blocks that do not import them themselves. */
    private static final String IMPORTS = """
            import io.djcheck.*; import io.djcheck.model.*; import io.djcheck.pack.*; import io.djcheck.result.*;
            import io.djcheck.batch.*; import io.djcheck.ingest.*; import io.djcheck.score.*; import io.djcheck.spark.*;
            import io.djcheck.similar.*; import io.djcheck.compare.*;
            import java.io.*; import java.nio.file.*; import java.time.*; import java.util.*; import java.util.stream.*;
            import org.apache.spark.sql.*;
            import org.springframework.web.bind.annotation.*; import org.springframework.web.multipart.*;
            """;

    /** What the prose around the statement blocks names: a built checker, a folder, a Spark session, a store. */
    private static final String CONTEXT = """
                Checker checker; Path dir; SparkSession spark;
                void store(CheckResult r) { }
                void log(Object o) { }
            """;

    record Snippet(int line, String name, String source) {
    }

    @Test
    void everyJavaBlockCompilesAndTheCompleteProgramRuns(@org.junit.jupiter.api.io.TempDir Path out) throws Exception {
        List<Snippet> snippets = snippets(Files.readString(README, StandardCharsets.UTF_8));
        assertThat(snippets).as("README.md's java blocks").hasSizeGreaterThanOrEqualTo(3);
        assertThat(compileErrors(snippets, out)).as("README.md's java blocks must compile").isEmpty();

        Snippet program = snippets.stream().filter(s -> s.source().contains("public static void main(")).findFirst()
                .orElseThrow(() -> new AssertionError("README.md shows no complete program"));
        Path report = Path.of("reports/001_a6f31e7c84c24bc8.txt");
        String printed = runMain(out, program.name(), report.toString());
        assertThat(printed.lines().findFirst().orElse("")).matches("\\d+(\\.\\d+)? (好|较好|一般|差)");
        assertThat(printed).contains("\"ruleset\"").contains("ZR-01");
    }

    @Test
    void aBlockThatDoesNotCompileIsReportedAtItsReadmeLine(@org.junit.jupiter.api.io.TempDir Path out) {
        String readme = "# t\n\n```java\nChecker checker2 = Checker.builder().build();\n"
                + "CheckResult r = checker2.check(Path.of(\"x\"));\nSystem.out.println(r.scor());\n```\n";
        assertThat(compileErrors(snippets(readme), out)).singleElement().asString().startsWith("README.md:6: ")
                .contains("scor()");
    }

    /** javac's errors for the snippets, each at its README line; empty when all compile. */
    private static List<String> compileErrors(List<Snippet> snippets, Path out) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            List<JavaFileObject> units = snippets.stream().map(ReadmeSnippetsTest::unit).toList();
            List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", out.toString(),
                    "-proc:none", "-encoding", "UTF-8");
            boolean ok = javac.getTask(null, files, diagnostics, options, null, units).call();
            List<String> errors = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() == Diagnostic.Kind.ERROR) {
                    errors.add(where(snippets, d) + ": " + d.getMessage(null));
                }
            }
            if (!ok && errors.isEmpty()) {
                errors.add("javac failed without an error message");
            }
            return errors;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The java blocks in the order they appear, each with the README line it starts on. */
    static List<Snippet> snippets(String readme) {
        List<Snippet> out = new ArrayList<>();
        Matcher m = BLOCK.matcher(readme);
        while (m.find()) {
            int line = (int) readme.substring(0, m.start(1)).chars().filter(c -> c == '\n').count() + 1;
            String body = m.group(1).stripIndent();
            Matcher type = TYPE.matcher(body);
            String name = type.find() ? type.group(4) : "ReadmeSnippetAtLine" + line;
            out.add(new Snippet(line, name, body));
        }
        return out;
    }

    /** The compilation unit of one block; its first line is the block's first line, so javac's lines map back. */
    private static JavaFileObject unit(Snippet s) {
        boolean whole = TYPE.matcher(s.source()).find();
        String code;
        if (whole && s.source().contains("import ")) {
            code = s.source();
        } else if (whole) {
            code = IMPORTS.replace('\n', ' ') + s.source();
        } else {
            code = IMPORTS.replace('\n', ' ') + "class " + s.name() + " {" + CONTEXT.replace('\n', ' ')
                    + " void run() throws Exception { " + s.source() + "\n} }";
        }
        return new SimpleJavaFileObject(URI.create("string:///" + s.name() + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return code;
            }
        };
    }

    private static String where(List<Snippet> snippets, Diagnostic<? extends JavaFileObject> d) {
        String file = d.getSource() == null ? "" : d.getSource().getName();
        for (Snippet s : snippets) {
            if (file.endsWith("/" + s.name() + ".java")) {
                return "README.md:" + (s.line() + d.getLineNumber() - 1);
            }
        }
        return file + ":" + d.getLineNumber();
    }

    private static String runMain(Path classes, String name, String arg) throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                ReadmeSnippetsTest.class.getClassLoader())) {
            Method main = loader.loadClass(name).getMethod("main", String[].class);
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[] {arg});
        } catch (IOException e) {
            throw new AssertionError(e);
        } finally {
            System.setOut(saved);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
