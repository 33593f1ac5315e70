package org.iccindex.account;

import java.time.Instant;
import java.util.Optional;

/** An account as administrators see it in lists, with the expiry of its open invitation link, if any. */
public record AccountSummary(
        CurrentUser user,
        Optional<String> cityName,
        Optional<String> citySlug,
        AccountStatus status,
        boolean demo,
        Instant createdAt,
        Optional<Instant> lastSignInAt,
        Optional<Instant> linkExpiresAt) {}
