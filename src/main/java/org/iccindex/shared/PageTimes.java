package org.iccindex.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * Instants as pages show them: in one stated zone ({@code icc.time.zone}, the zone of the application's clock), with
 * the zone's abbreviation after the time, so that a reader elsewhere knows which clock it is ({@code 2026-03-01 11:00
 * CET}). Machine outputs (API, CLI) write ISO-8601 with an offset instead.
 */
public record PageTimes(ZoneId zone) {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", Locale.ROOT);
    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss zzz", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm zzz", Locale.ROOT);

    public PageTimes {
        Objects.requireNonNull(zone, "zone");
    }

    /** Day and time to the minute, with the zone. */
    public String minutes(Instant at) {
        return MINUTES.format(at.atZone(zone));
    }

    /** Day and time to the second, with the zone (the audit). */
    public String seconds(Instant at) {
        return SECONDS.format(at.atZone(zone));
    }

    /** The time of day only, with the zone (a sign-in lock that ends within the day). */
    public String time(Instant at) {
        return TIME.format(at.atZone(zone));
    }

    /** The calendar day of an instant in the stated zone. */
    public LocalDate date(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }
}
