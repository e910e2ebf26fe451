package io.djcheck;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** DESIGN.md §2 held by a test: dependencies between the packages point one way. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.djcheck");
    }

    @Test
    void modelKnowsNothingOfDroolsJsonOrFiles() {
        noClasses().that().resideInAPackage("io.djcheck.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..", "com.fasterxml..",
                        "org.yaml..", "java.nio.file..", "java.io..", "io.djcheck.extract..", "io.djcheck.rules..",
                        "io.djcheck.ingest..", "io.djcheck.score..", "io.djcheck.result..")
                .check(classes);
    }

    @Test
    void extractionNeverImportsRulesScoringOrIngestion() {
        noClasses().that().resideInAPackage("io.djcheck.extract..")
                .should().dependOnClassesThat().resideInAnyPackage("io.djcheck.rules..", "io.djcheck.score..",
                        "io.djcheck.result..", "io.djcheck.ingest..", "org.kie..", "org.drools..", "com.fasterxml..",
                        "org.yaml..")
                .check(classes);
    }

    @Test
    void ingestionDoesNotDependOnLaterStages() {
        noClasses().that().resideInAPackage("io.djcheck.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("io.djcheck.extract..", "io.djcheck.rules..",
                        "io.djcheck.score..", "io.djcheck.result..", "org.kie..", "org.drools..")
                .check(classes);
    }

    @Test
    void onlyTheRulesPackageTouchesDrools() {
        noClasses().that().resideOutsideOfPackage("io.djcheck.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
                .check(classes);
    }

    @Test
    void onlyIngestionTouchesDocumentAndSchemaLibraries() {
        noClasses().that().resideOutsideOfPackage("io.djcheck.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.apache.pdfbox..",
                        "com.networknt..", "org.openxmlformats..")
                .check(classes);
    }

    @Test
    void scoringDoesNotKnowResults() {
        noClasses().that().resideInAPackage("io.djcheck.score..")
                .should().dependOnClassesThat().resideInAnyPackage("io.djcheck.result..")
                .check(classes);
    }

    @Test
    void onlyTheFacadeSitsOnTop() {
        noClasses().that().resideInAnyPackage("io.djcheck.model..", "io.djcheck.ingest..", "io.djcheck.extract..",
                        "io.djcheck.rules..", "io.djcheck.score..", "io.djcheck.result..")
                .should().dependOnClassesThat().resideInAPackage("io.djcheck")
                .check(classes);
    }
}
