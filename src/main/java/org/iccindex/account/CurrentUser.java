package org.iccindex.account;

import java.util.Objects;
import java.util.Optional;

/** The signed-in person, as every module sees it. City roles carry the one city they act for. */
public record CurrentUser(long id, String username, String displayName, Role role, Optional<Long> cityId) {
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
}
