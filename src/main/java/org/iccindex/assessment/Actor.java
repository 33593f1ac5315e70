package org.iccindex.assessment;

import java.util.Objects;
import java.util.Optional;
import org.iccindex.account.CurrentUser;

/** Who did something, as recorded in a round's history: the account (if any) and its name at the time. */
public record Actor(Optional<Long> accountId, String name) {
    public Actor {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(name, "name");
    }

    public static Actor of(CurrentUser user) {
        return new Actor(Optional.of(user.id()), user.displayName());
    }
}
