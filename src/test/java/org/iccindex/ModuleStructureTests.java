package org.iccindex;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The module graph: one package per capability, internals hidden, no cycles, each module using only the modules its
 * {@code package-info.java} allows ({@code @ApplicationModule(allowedDependencies = ...)}), and an engine free of
 * I/O. A new module is declared by a {@code package-info.java} with its allowed dependencies, and listed below as
 * engine or application.
 */
class ModuleStructureTests {
    /** Plain Java: records in, records out, no Spring, database or files. */
    private static final Set<String> ENGINE =
            Set.of("definition", "scoring", "benchmark", "wording", "planning", "chart");

    /** Every other module but {@code shared}: none of them may be used by the engine. */
    private static final Set<String> APPLICATION = Set.of(
            "account",
            "assessment",
            "city",
            "cli",
            "demo",
            "edition",
            "messages",
            "practice",
            "publication",
            "report",
            "result",
            "site",
            "web");

    /** Small types every module may share (problems, YAML nodes, CSV cells). */
    private static final String SHARED = "shared";

    private static final ApplicationModules MODULES = ApplicationModules.of(IccIndexApplication.class);

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.iccindex");

    @Test
    void modulesOnlyUseTheModulesTheyAllowTheirPublicPackagesAndFormNoCycle() {
        MODULES.verify();
    }

    @Test
    void everyModuleDeclaresItsAllowedDependencies() {
        for (ApplicationModule module : MODULES) {
            Path info =
                    Path.of("src/main/java", module.getBasePackage().getName().replace('.', '/'), "package-info.java");
            assertThat(info)
                    .as(module.getIdentifier() + " has a package-info.java")
                    .exists();
            assertThat(info)
                    .as(module.getIdentifier() + " declares its allowed dependencies")
                    .content()
                    .containsPattern("@ApplicationModule\\(\\s*allowedDependencies = \\{");
        }
    }

    @Test
    void everyModuleIsListedAsEngineOrApplication() {
        Set<String> listed = new TreeSet<>(ENGINE);
        listed.addAll(APPLICATION);
        listed.add(SHARED);
        Set<String> found = new TreeSet<>();
        MODULES.forEach(m -> found.add(m.getIdentifier().toString()));
        assertThat(found)
                .as("every module is listed in ENGINE or APPLICATION of this test (a new one too)")
                .isEqualTo(listed);
    }

    @Test
    void theEngineUsesNoSpringNoDatabaseAndNoFiles() {
        noClasses()
                .that()
                .resideInAnyPackage(packages(ENGINE))
                // the module declaration (an annotation read by the module test) is no runtime dependency
                .and()
                .doNotHaveSimpleName("package-info")
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
                .resideInAnyPackage(packages(ENGINE))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(packages(APPLICATION))
                .check(classes);
    }

    private static String[] packages(Set<String> modules) {
        return modules.stream().map(m -> "org.iccindex." + m + "..").toArray(String[]::new);
    }
}
