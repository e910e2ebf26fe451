package io.djcheck;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.djcheck.model.Internal;
import io.djcheck.testing.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * DESIGN.md §2 held by a test: the layers of core and the one way their dependencies point, no
 * cycles between packages, Drools behind {@code engine}, core's messages free of CLI flags, and a
 * public face that is exactly the README's list.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.djcheck");
    }

    /**
     * Each line of DESIGN §2 uses only the lines below it. Ingest, extract and engine share a line and
     * know nothing of each other: the engine names concepts through its own {@code Labels}, never the
     * lexicon. Similar (the duplicate search) stands beside the face: it reads texts, not checks, and
     * only the batch clients use it. Compare sets two extracted reports side by side and needs nothing
     * but the model. Model (facts, Status, Severity, Grade, {@code @Internal}) is used by all.
     */
    @Test
    void layersPointOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Clients").definedBy("io.djcheck.batch..", "io.djcheck.packtest..")
                .layer("Similar").definedBy("io.djcheck.similar..")
                .layer("Compare").definedBy("io.djcheck.compare..")
                .layer("Face").definedBy("io.djcheck")
                .layer("Pack").definedBy("io.djcheck.pack..")
                .layer("Result").definedBy("io.djcheck.result..")
                .layer("Score").definedBy("io.djcheck.score..")
                .layer("Ingest").definedBy("io.djcheck.ingest..")
                .layer("Extract").definedBy("io.djcheck.extract..")
                .layer("Engine").definedBy("io.djcheck.engine..")
                .layer("Model").definedBy("io.djcheck.model..")
                .whereLayer("Clients").mayNotBeAccessedByAnyLayer()
                .whereLayer("Similar").mayOnlyBeAccessedByLayers("Clients")
                // year over year works on extracted reports alone: a client of the model, used by nothing in core
                .whereLayer("Compare").mayNotBeAccessedByAnyLayer()
                .whereLayer("Face").mayOnlyBeAccessedByLayers("Clients")
                .whereLayer("Pack").mayOnlyBeAccessedByLayers("Clients", "Face")
                .whereLayer("Result").mayOnlyBeAccessedByLayers("Clients", "Face")
                .whereLayer("Score").mayOnlyBeAccessedByLayers("Clients", "Face", "Pack", "Result")
                .whereLayer("Ingest").mayOnlyBeAccessedByLayers("Clients", "Face", "Pack", "Result", "Score")
                .whereLayer("Extract").mayOnlyBeAccessedByLayers("Clients", "Face", "Pack", "Result", "Score")
                .whereLayer("Engine").mayOnlyBeAccessedByLayers("Clients", "Face", "Pack", "Result", "Score")
                .check(classes);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("io.djcheck.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheEnginePackageTouchesDrools() {
        noClasses().that().resideOutsideOfPackage("io.djcheck.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
                .check(classes);
    }

    @Test
    void modelKnowsNothingOfDroolsJsonOrFiles() {
        noClasses().that().resideInAPackage("io.djcheck.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..", "com.fasterxml..",
                        "org.yaml..", "java.nio.file..", "java.io..")
                .check(classes);
    }

    @Test
    void extractionKnowsNoSerialisationLibrary() {
        noClasses().that().resideInAPackage("io.djcheck.extract..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "org.yaml..")
                .check(classes);
    }

    @Test
    void onlyIngestionTouchesDocumentAndSchemaLibraries() {
        noClasses().that().resideOutsideOfPackage("io.djcheck.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.apache.pdfbox..",
                        "com.networknt..", "org.openxmlformats..")
                .check(classes);
    }

    /** Core serves embedders, servers and the CLI alike: its messages name limits, never a command-line option. */
    @Test
    void coreNeverNamesACommandLineFlag() throws IOException {
        Pattern literal = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"");
        Pattern flag = Pattern.compile("(?<![\\w-])--[a-z][a-z-]+");
        List<String> found = new ArrayList<>();
        Path src = Corpus.root().resolve("core/src/main/java");
        try (Stream<Path> files = Files.walk(src)) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                String text = Files.readString(p);
                Matcher m = literal.matcher(text);
                while (m.find()) {
                    if (flag.matcher(m.group()).find()) {
                        found.add(src.relativize(p) + ": " + m.group());
                    }
                }
            }
        }
        assertThat(found).as("string literals naming a CLI flag").isEmpty();
    }

    /**
     * Every public type of core is either one the README lists as the embedder's face or marked
     * {@link Internal}; and every type the README lists exists and is public.
     */
    @Test
    void thePublicFaceIsTheReadmesList() throws IOException {
        Set<String> publicTypes = new TreeSet<>();
        for (JavaClass c : classes) {
            if (c.getModifiers().contains(JavaModifier.PUBLIC) && c.isTopLevelClass()
                    && !c.isAnnotatedWith(Internal.class) && !c.getSimpleName().equals("package-info")) {
                publicTypes.add(c.getSimpleName());
            }
        }
        assertThat(publicTypes).isEqualTo(readmeFace());
    }

    /** The type names in backquotes between the README's public-face markers. */
    static Set<String> readmeFace() throws IOException {
        String readme = Files.readString(Corpus.root().resolve("README.md"));
        int start = readme.indexOf("<!-- public-face -->");
        int end = readme.indexOf("<!-- /public-face -->");
        assertThat(start).as("README.md holds <!-- public-face --> ... <!-- /public-face -->").isNotNegative();
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("`([A-Z][A-Za-z0-9]*)`").matcher(readme.substring(start, end));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
