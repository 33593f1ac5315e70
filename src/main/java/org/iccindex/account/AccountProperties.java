package org.iccindex.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code icc.account.admin-username} / {@code admin-password} (environment: ICC_ADMIN_USERNAME,
 * ICC_ADMIN_PASSWORD): the first administrator, created on start when no administrator exists yet.
 */
@ConfigurationProperties("icc.account")
record AccountProperties(String adminUsername, String adminPassword) {}
