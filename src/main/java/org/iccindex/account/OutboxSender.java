package org.iccindex.account;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.iccindex.account.persistence.OutboxStore;
import org.iccindex.account.persistence.OutboxStore.OutboxRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the messages waiting in the outbox by SMTP, oldest first, and records each outcome on its row: sent, or the
 * error of the failed try (tried again on the next run, given up after {@code icc.mail.max-attempts}). A run locks the
 * rows it sends ({@code for update skip locked}): instances running it at the same time share the waiting messages
 * and never send one twice.
 */
class OutboxSender {
    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxStore store;
    private final JavaMailSender mail;
    private final TransactionTemplate transaction;
    private final MailProperties properties;
    private final Clock clock;

    OutboxSender(
            OutboxStore store,
            JavaMailSender mail,
            TransactionTemplate transaction,
            MailProperties properties,
            Clock clock) {
        this.store = store;
        this.mail = mail;
        this.transaction = transaction;
        this.properties = properties;
        this.clock = clock;
    }

    /** One run: sends up to {@code icc.mail.batch} waiting messages; returns how many were sent. */
    int sendWaiting() {
        Integer sent = transaction.execute(status -> {
            List<OutboxRow> waiting = store.lockWaiting(properties.batch());
            int count = 0;
            for (OutboxRow row : waiting) {
                Instant now = clock.instant();
                try {
                    mail.send(message(row));
                    store.markSent(row.id(), now);
                    count++;
                } catch (MailException | MessagingException e) {
                    boolean last = row.attempts() + 1 >= properties.maxAttempts();
                    store.markFailed(row.id(), now, describe(e), last);
                    log.warn(
                            "mail {} to {} not sent (try {} of {}): {}",
                            row.id(),
                            row.recipient(),
                            row.attempts() + 1,
                            properties.maxAttempts(),
                            describe(e));
                }
            }
            return count;
        });
        return sent == null ? 0 : sent;
    }

    private MimeMessage message(OutboxRow row) throws MessagingException {
        MimeMessage message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
        helper.setFrom(properties.from());
        helper.setTo(row.recipient());
        helper.setSubject(row.subject());
        helper.setText(row.body(), false);
        return message;
    }

    private static String describe(Exception e) {
        String text = e.getClass().getSimpleName() + ": " + e.getMessage();
        Throwable cause = e.getCause();
        while (cause != null && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause == null ? text : text + " (" + cause + ")";
    }
}
