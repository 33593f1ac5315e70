package org.iccindex.assessment.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.iccindex.shared.Timestamps;

final class Rows {
    private Rows() {}

    static Optional<Long> optionalLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }

    static Optional<Instant> optionalTime(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(Timestamps.read(rs, column));
    }
}
