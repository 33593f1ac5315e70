package org.iccindex.account.persistence;

import java.time.Instant;
import java.util.Optional;
import org.iccindex.account.CurrentUser;

/** An account as stored, with its password hash (absent until the person has set a password). */
public record AccountRow(
        CurrentUser user,
        Optional<String> passwordHash,
        boolean enabled,
        boolean demo,
        Instant createdAt,
        Optional<Instant> lastSignInAt) {}
