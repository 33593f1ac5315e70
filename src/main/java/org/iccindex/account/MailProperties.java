package org.iccindex.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code icc.mail}: delivery of the outbox by SMTP. The SMTP server itself is Spring Boot's
 * {@code spring.mail.*} (host, port, username, password, properties), see docs/operations.md.
 *
 * @param enabled send the outbox (default false: messages stay in the outbox, where administrators read them)
 * @param from the sender address of every message
 * @param interval the pause between two runs of the sender
 * @param batch at most this many messages per run
 * @param maxAttempts tries per message before it is given up (each failure recorded with its error)
 */
@ConfigurationProperties("icc.mail")
record MailProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("icc-index@localhost") String from,
        @DefaultValue("30s") Duration interval,
        @DefaultValue("20") int batch,
        @DefaultValue("5") int maxAttempts) {

    MailProperties {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("icc.mail.interval must be more than 0, not " + interval);
        }
        if (batch < 1) {
            throw new IllegalArgumentException("icc.mail.batch must be 1 or more, not " + batch);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("icc.mail.max-attempts must be 1 or more, not " + maxAttempts);
        }
    }
}
