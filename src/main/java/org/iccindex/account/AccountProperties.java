package org.iccindex.account;

import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code icc.account}.
 *
 * @param adminUsername the first administrator (ICC_ADMIN_USERNAME), created on start when no administrator exists
 * @param adminPassword its password (ICC_ADMIN_PASSWORD)
 * @param publicUrl the address people use to reach the application (ICC_PUBLIC_URL), for the links in messages;
 *     empty: taken from the administrator's request
 * @param invitationValidity how long an invitation link works
 * @param throttle when repeated failed sign-ins lock an account name or a client address
 */
@ConfigurationProperties("icc.account")
record AccountProperties(
        String adminUsername,
        String adminPassword,
        String publicUrl,
        @DefaultValue("P7D") Duration invitationValidity,
        @DefaultValue Throttle throttle) {

    /**
     * @param accountFailures failures in a row on one account name that lock it
     * @param addressFailures failures in a row from one client address that lock it (higher: offices share one)
     * @param firstLock the first lock; each further failure doubles it
     * @param longestLock the longest lock
     * @param forgetAfter failures older than this no longer count
     */
    record Throttle(
            @DefaultValue("5") int accountFailures,
            @DefaultValue("20") int addressFailures,
            @DefaultValue("PT1M") Duration firstLock,
            @DefaultValue("PT1H") Duration longestLock,
            @DefaultValue("PT24H") Duration forgetAfter) {}

    Optional<String> publicBaseUrl() {
        return publicUrl == null || publicUrl.isBlank()
                ? Optional.empty()
                : Optional.of(publicUrl.trim().replaceAll("/+$", ""));
    }
}
