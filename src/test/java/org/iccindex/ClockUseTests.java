package org.iccindex;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The time comes from the application's {@link Clock} bean ({@code ClockConfiguration}), so that a test can fix it:
 * no class of the application reads the system clock itself, through {@code now()} without a clock, {@code
 * System.currentTimeMillis()} or a system clock of its own. Elapsed-time measures ({@code System.nanoTime()}) are not
 * dates and stay allowed.
 */
class ClockUseTests {
    private static final Set<String> TIME_TYPES = Set.of(
            "java.time.Instant",
            "java.time.LocalDate",
            "java.time.LocalDateTime",
            "java.time.LocalTime",
            "java.time.OffsetDateTime",
            "java.time.ZonedDateTime",
            "java.time.Year",
            "java.time.YearMonth");

    /** The one class that may create a system clock: the bean every other class is given. */
    private static final Set<String> ALLOWED = Set.of("org.iccindex.ClockConfiguration");

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.iccindex");

    @Test
    void noClassReadsTheSystemClockButTheClockBean() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName(ALLOWED.iterator().next())
                .should()
                .callMethodWhere(readsTheSystemClock())
                .because("the time comes from the Clock bean, which tests can fix")
                .check(classes);
    }

    private static DescribedPredicate<JavaCall<?>> readsTheSystemClock() {
        return DescribedPredicate.describe("read the system clock", call -> {
            String owner = call.getTargetOwner().getFullName();
            String name = call.getName();
            boolean clockless = call.getTarget().getRawParameterTypes().stream()
                    .noneMatch(type -> type.isEquivalentTo(Clock.class));
            return (TIME_TYPES.contains(owner) && name.equals("now") && clockless)
                    || (owner.equals("java.lang.System") && name.equals("currentTimeMillis"))
                    || (owner.equals("java.time.Clock") && name.startsWith("system"));
        });
    }
}
