package org.iccindex;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The module graph: one package per capability, internals hidden, no cycles, and an engine free of I/O. */
class ModuleStructureTests {
    private static final String[] ENGINE = {
        "org.iccindex.definition..",
        "org.iccindex.scoring..",
        "org.iccindex.benchmark..",
        "org.iccindex.wording..",
        "org.iccindex.planning..",
        "org.iccindex.chart.."
    };

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.iccindex");

    @Test
    void modulesOnlyUseEachOthersPublicPackagesAndFormNoCycle() {
        ApplicationModules.of(IccIndexApplication.class).verify();
    }

    @Test
    void theEngineUsesNoSpringNoDatabaseAndNoFiles() {
        noClasses()
                .that()
                .resideInAnyPackage(ENGINE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..", "java.sql..", "javax.sql..", "java.nio.file..", "java.net..")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.io.File")
                .check(classes);
    }

    @Test
    void theEngineDoesNotDependOnTheApplicationModules() {
        noClasses()
                .that()
                .resideInAnyPackage(ENGINE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.iccindex.city..",
                        "org.iccindex.result..",
                        "org.iccindex.edition..",
                        "org.iccindex.demo..",
                        "org.iccindex.cli..",
                        "org.iccindex.site..")
                .check(classes);
    }
}
