package org.iccindex.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Instants in and out of {@code timestamp with time zone} columns. The JDBC drivers exchange those as {@link
 * OffsetDateTime} (PostgreSQL's driver does not take an {@link Instant}); the application keeps instants, so that two
 * times compare equal whatever offset a database hands back (H2 returns the offset written, PostgreSQL UTC).
 */
public final class Timestamps {
    private Timestamps() {}

    /** The parameter to bind for an instant (null stays null). */
    public static OffsetDateTime sql(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    public static Instant read(ResultSet rs, String column) throws SQLException {
        return optional(rs, column).orElse(null);
    }

    public static Instant read(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static Optional<Instant> optional(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }
}
