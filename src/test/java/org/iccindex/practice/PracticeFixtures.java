package org.iccindex.practice;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.iccindex.account.CurrentUser;
import org.iccindex.account.Role;
import org.iccindex.definition.AreaCode;
import org.iccindex.definition.LocalizedText;

/** Practices and people for tests: unique titles, so that tests sharing a database never collide. */
final class PracticeFixtures {
    static final CurrentUser ANALYST =
            new CurrentUser(0, "analyst.test@example.org", "Test analyst", Role.ANALYST, Optional.empty());

    private PracticeFixtures() {}

    /** A word no other test uses, e.g. {@code zqx3f9a1b}, to find one's own practice by search. */
    static String uniqueWord() {
        return "zqx"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toLowerCase(Locale.ROOT);
    }

    static PracticeContent content(String title, String city, String country, String... areas) {
        return new PracticeContent(
                LocalizedText.en(title),
                LocalizedText.en("A practice called " + title + " for testing."),
                LocalizedText.empty(),
                LocalizedText.empty(),
                LocalizedText.empty(),
                LocalizedText.empty(),
                Optional.ofNullable(city),
                Optional.ofNullable(country),
                Optional.of("Test office"),
                Optional.of("2024"),
                java.util.Arrays.stream(areas).map(AreaCode::new).toList(),
                List.of("https://example.org/practice"),
                "Written for a test",
                LocalDate.of(2024, 5, 1),
                false);
    }

    static PracticeContent withSummary(PracticeContent c, String english, String french) {
        return new PracticeContent(
                c.title(),
                new LocalizedText(french == null ? Map.of("en", english) : Map.of("en", english, "fr", french)),
                c.purpose(),
                c.rationale(),
                c.process(),
                c.results(),
                c.city(),
                c.country(),
                c.origin(),
                c.period(),
                c.areas(),
                c.links(),
                c.source(),
                c.recordedOn(),
                c.synthetic());
    }

    static PracticeContent withAreas(PracticeContent c, String... areas) {
        return new PracticeContent(
                c.title(),
                c.summary(),
                c.purpose(),
                c.rationale(),
                c.process(),
                c.results(),
                c.city(),
                c.country(),
                c.origin(),
                c.period(),
                java.util.Arrays.stream(areas).map(AreaCode::new).toList(),
                c.links(),
                c.source(),
                c.recordedOn(),
                c.synthetic());
    }
}
