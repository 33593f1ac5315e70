package org.iccindex.publication;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The version row of the public data ({@code public_version}): bumped by every {@link PublicDataChanged}, in the
 * transaction that publishes it (this listener runs synchronously, before the commit), and read by every instance
 * to know whether what it cached is still current. One primary-key read per public request.
 */
@Component
public class PublicVersion {
    private final JdbcClient jdbc;
    private final Clock clock;

    PublicVersion(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The current version of the public data and when it last changed. */
    public Current current() {
        return jdbc.sql("select version, changed_at from public_version where id = 1")
                .query((rs, n) -> new Current(
                        rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                .single();
    }

    @EventListener
    void on(PublicDataChanged change) {
        jdbc.sql("update public_version set version = version + 1, changed_at = ? where id = 1")
                .param(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
    }

    /** A version of the public data: a number that only grows, and when it was reached (Last-Modified). */
    public record Current(long version, Instant changedAt) {}
}
