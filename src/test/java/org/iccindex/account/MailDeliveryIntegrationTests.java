package org.iccindex.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.iccindex.support.OnH2;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The outbox sent to an in-process SMTP server (GreenMail, on a port it picks itself): an invitation arrives with
 * its recipient and link; a failure is recorded with its error and tried again on the next run; a message is given
 * up after the allowed tries; a message another instance holds is left to it. The scheduled run is an hour away:
 * the tests call one run themselves.
 */
@OnH2
class MailDeliveryIntegrationTests {
    @RegisterExtension
    static final GreenMailExtension smtp =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("icc.mail.enabled", () -> "true");
        registry.add("icc.mail.interval", () -> "1h");
        registry.add("icc.mail.max-attempts", () -> "2");
        registry.add("icc.mail.from", () -> "icc-index@example.org");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @Autowired
    Accounts accounts;

    @Autowired
    Invitations invitations;

    @Autowired
    OutboxSender sender;

    @Autowired
    Outbox outbox;

    @Autowired
    JavaMailSenderImpl mailSender;

    @Autowired
    DataSource dataSource;

    String run;
    CurrentUser admin;

    @BeforeEach
    void anAdministrator() {
        run = UUID.randomUUID().toString().substring(0, 8);
        admin = accounts.create(
                "admin-" + run + "@example.org",
                "Admin " + run,
                Role.ADMINISTRATOR,
                Optional.empty(),
                Optional.of("administrator password"),
                false);
    }

    @Test
    void anInvitationArrivesWithItsRecipientAndLink() throws Exception {
        Invitations.Sent sent = invite("ana-" + run + "@example.org");

        sender.sendWaiting();

        List<MimeMessage> received = receivedBy(sent.account().username());
        assertThat(received).hasSize(1);
        MimeMessage mail = received.get(0);
        assertThat(mail.getFrom()[0].toString()).isEqualTo("icc-index@example.org");
        assertThat(mail.getRecipients(RecipientType.TO)[0].toString())
                .isEqualTo(sent.account().username());
        assertThat(GreenMailUtil.getBody(mail).replace("=\r\n", "")).contains(sent.link());
        Outbox.Delivery delivery = deliveryTo(sent.account().username());
        assertThat(delivery.state()).isEqualTo(Outbox.State.SENT);
        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(delivery.at()).isPresent();
    }

    @Test
    void aFailureIsRecordedWithItsErrorAndTriedAgain() throws Exception {
        Invitations.Sent sent = invite("bo-" + run + "@example.org");

        withUnreachableServer(sender::sendWaiting);

        Outbox.Delivery failed = deliveryTo(sent.account().username());
        assertThat(failed.state()).isEqualTo(Outbox.State.WAITING);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError())
                .hasValueSatisfying(
                        error -> assertThat(error).contains("MailSendException").containsIgnoringCase("connect"));
        assertThat(receivedBy(sent.account().username())).isEmpty();

        sender.sendWaiting();

        assertThat(receivedBy(sent.account().username())).hasSize(1);
        Outbox.Delivery delivered = deliveryTo(sent.account().username());
        assertThat(delivered.state()).isEqualTo(Outbox.State.SENT);
        assertThat(delivered.attempts()).isEqualTo(2);
    }

    @Test
    void aMessageIsGivenUpAfterTheAllowedTries() throws Exception {
        Invitations.Sent sent = invite("cy-" + run + "@example.org");

        withUnreachableServer(sender::sendWaiting);
        withUnreachableServer(sender::sendWaiting);
        sender.sendWaiting();

        Outbox.Delivery delivery = deliveryTo(sent.account().username());
        assertThat(delivery.state()).isEqualTo(Outbox.State.GIVEN_UP);
        assertThat(delivery.attempts()).isEqualTo(2);
        assertThat(delivery.lastError()).isPresent();
        assertThat(receivedBy(sent.account().username())).isEmpty();
    }

    @Test
    void aMessageLockedByAnotherInstanceIsLeftToIt() throws Exception {
        Invitations.Sent sent = invite("di-" + run + "@example.org");
        long id = outbox.latest(50).stream()
                .filter(m -> m.recipient().equals(sent.account().username()))
                .findFirst()
                .orElseThrow()
                .id();
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock =
                    other.prepareStatement("select id from mail_outbox where id = ? for update")) {
                lock.setLong(1, id);
                lock.executeQuery().close();
            }
            sender.sendWaiting();
            assertThat(deliveryTo(sent.account().username()).state()).isEqualTo(Outbox.State.WAITING);
            assertThat(deliveryTo(sent.account().username()).attempts()).isZero();
            other.rollback();
        }
        sender.sendWaiting();
        assertThat(receivedBy(sent.account().username())).hasSize(1);
    }

    private Invitations.Sent invite(String username) {
        return invitations.invite(
                admin,
                new Invitations.Invite(username, "Invited " + run, Role.ANALYST, Optional.empty(), Locale.ENGLISH),
                "https://icc.example");
    }

    /** Runs with the sender pointed at a port where nothing listens. */
    private void withUnreachableServer(Runnable action) throws Exception {
        int port = mailSender.getPort();
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        mailSender.setPort(closed);
        try {
            action.run();
        } finally {
            mailSender.setPort(port);
        }
    }

    private static List<MimeMessage> receivedBy(String recipient) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(a -> a.toString().equals(recipient));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private Outbox.Delivery deliveryTo(String recipient) {
        return outbox.latest(100).stream()
                .filter(m -> m.recipient().equals(recipient))
                .findFirst()
                .orElseThrow()
                .delivery();
    }
}
