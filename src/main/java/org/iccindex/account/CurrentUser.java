package org.iccindex.account;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * The signed-in person, as every module sees it. City roles carry the one city they act for. Serializable (through
 * {@link Stored}, as {@code Optional} is not), because the session that holds it is kept in the database.
 */
public record CurrentUser(long id, String username, String displayName, Role role, Optional<Long> cityId)
        implements Serializable {
    public CurrentUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(cityId, "cityId");
        if (role.isCityRole() != cityId.isPresent()) {
            throw new IllegalArgumentException(role + " " + (role.isCityRole() ? "needs" : "has no") + " city");
        }
    }

    /** Analysts and administrators work for the programme, across all cities. */
    public boolean isProgrammeStaff() {
        return role == Role.ANALYST || role == Role.ADMINISTRATOR;
    }

    /** Whether this person may read and change the unpublished data of {@code city}. */
    public boolean actsFor(long city) {
        return isProgrammeStaff() || cityId.map(c -> c == city).orElse(false);
    }

    @Serial
    private Object writeReplace() {
        return new Stored(id, username, displayName, role, cityId.orElse(null));
    }

    /** The serialized form: the same fields, the city as a nullable number. */
    private record Stored(long id, String username, String displayName, Role role, Long cityId)
            implements Serializable {
        @Serial
        private Object readResolve() {
            return new CurrentUser(id, username, displayName, role, Optional.ofNullable(cityId));
        }
    }
}
