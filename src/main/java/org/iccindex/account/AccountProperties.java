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
     * @param pairFailures failures in a row on one account name from one client address that lock that pair
     * @param accountDelayFrom failures on one account name, from any address, from which every attempt on it waits
     * @param addressFailures failures from one client address, over every name, that lock it (high: offices and
     *     NATs share one address)
     * @param firstLock the first lock of a pair or an address; each further failure doubles it
     * @param longestLock the longest lock
     * @param firstDelay the first wait imposed on an account name; each further failure doubles it
     * @param longestDelay the longest wait on an account name (short: a stranger can slow its owner down, never
     *     lock them out)
     * @param forgetAfter failures older than this no longer count
     */
    record Throttle(
            @DefaultValue("5") int pairFailures,
            @DefaultValue("10") int accountDelayFrom,
            @DefaultValue("50") int addressFailures,
            @DefaultValue("PT1M") Duration firstLock,
            @DefaultValue("PT1H") Duration longestLock,
            @DefaultValue("PT2S") Duration firstDelay,
            @DefaultValue("PT1M") Duration longestDelay,
            @DefaultValue("PT1H") Duration forgetAfter) {}

    Optional<String> publicBaseUrl() {
        return publicUrl == null || publicUrl.isBlank()
                ? Optional.empty()
                : Optional.of(publicUrl.trim().replaceAll("/+$", ""));
    }
}
