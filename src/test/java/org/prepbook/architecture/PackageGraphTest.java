package org.prepbook.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The package graph, read from the compiled classes: no cycles, and the low packages every stage
 * shares depend on nothing above them. A new dependency that breaks this is a design change to
 * make on purpose, in this file, not by accident elsewhere.
 */
class PackageGraphTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.prepbook");

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.prepbook.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void diagnosticsDependOnNothingOfOurs() {
        noClasses().that().resideInAPackage("org.prepbook.diagnostics..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.prepbook.diagnostics..", "java..")
                .check(MAIN);
    }

    @Test
    void parsersAndTheModelDoNotReachUp() {
        noClasses().that().resideInAnyPackage("org.prepbook.yaml..", "org.prepbook.markdown..", "org.prepbook.model..",
                        "org.prepbook.source..", "org.prepbook.route..")
                .should().dependOnClassesThat().resideInAnyPackage("org.prepbook.content..", "org.prepbook.render..",
                        "org.prepbook.search..", "org.prepbook.check..", "org.prepbook.packet..", "org.prepbook.profile..",
                        "org.prepbook.serve..", "org.prepbook.cli..", "org.prepbook.maven..", "org.prepbook.output..")
                .check(MAIN);
    }

    @Test
    void thePipelinesAreUsedOnlyByWhatRunsThem() {
        // Build and BuildMemo live in the root package, which no slice above covers.
        noClasses().that().resideOutsideOfPackages("org.prepbook", "org.prepbook.cli..", "org.prepbook.maven..",
                        "org.prepbook.serve..", "org.prepbook.check..")
                .should().dependOnClassesThat().resideInAPackage("org.prepbook")
                .check(MAIN);
    }

    @Test
    void onlyTheCommandLineAndMavenSitOnTop() {
        noClasses().that().resideOutsideOfPackages("org.prepbook.cli..", "org.prepbook.maven..")
                .should().dependOnClassesThat().resideInAnyPackage("org.prepbook.cli..", "org.prepbook.maven..")
                .check(MAIN);
    }
}
