package org.iccindex.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Times on pages are in the stated zone and say which zone; the expectations are worked out by hand. */
class PageTimesTests {
    private final PageTimes paris = new PageTimes(ZoneId.of("Europe/Paris"));

    @Test
    void winterTimeInParisIsOneHourAheadOfUtcAndSaysCet() {
        Instant at = Instant.parse("2026-01-15T10:05:07Z");
        assertThat(paris.minutes(at)).isEqualTo("2026-01-15 11:05 CET");
        assertThat(paris.seconds(at)).isEqualTo("2026-01-15 11:05:07 CET");
        assertThat(paris.time(at)).isEqualTo("11:05 CET");
    }

    @Test
    void summerTimeIsTwoHoursAheadAndSaysCest() {
        assertThat(paris.minutes(Instant.parse("2026-07-01T10:05:00Z"))).isEqualTo("2026-07-01 12:05 CEST");
    }

    @Test
    void theDayIsTheDayInTheStatedZone() {
        Instant lateInUtc = Instant.parse("2026-03-01T23:30:00Z");
        assertThat(paris.date(lateInUtc)).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(new PageTimes(ZoneId.of("UTC")).date(lateInUtc)).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(new PageTimes(ZoneId.of("UTC")).minutes(lateInUtc)).isEqualTo("2026-03-01 23:30 UTC");
    }
}
