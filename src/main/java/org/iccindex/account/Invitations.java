package org.iccindex.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.iccindex.account.persistence.AccountRow;
import org.iccindex.account.persistence.AccountStore;
import org.iccindex.account.persistence.InvitationStore;
import org.iccindex.account.persistence.InvitationStore.InvitationRow;
import org.iccindex.city.City;
import org.iccindex.city.CityRepository;
import org.iccindex.shared.Counted;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitation links: an administrator invites a person (the account is created without a password) or makes a new
 * link for an existing account; the person opens the link and sets a password. A link works once and until it
 * expires; a newer link replaces older ones. Only the SHA-256 of a token is stored; the token travels in the message,
 * which goes through the {@link Mailer}.
 */
@Service
public class Invitations {
    /** Whom to invite, as the administrator's form gives it. */
    public record Invite(String username, String displayName, Role role, Optional<Long> cityId, Locale language) {}

    /** A link that was just made: the only moment its token is known in full. */
    public record Sent(CurrentUser account, String link, Instant expiresAt) {}

    /** What a link is worth when someone opens it. */
    public enum LinkStatus {
        VALID,
        EXPIRED,
        USED,
        /** A newer link was made for the same account. */
        REPLACED,
        /** The account was disabled after the link was made. */
        ACCOUNT_DISABLED,
        UNKNOWN
    }

    /** The status of a link, with its account and expiry when the link exists. */
    public record LinkCheck(LinkStatus status, Optional<CurrentUser> account, Optional<Instant> expiresAt) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Accounts accounts;
    private final AccountStore store;
    private final InvitationStore invitations;
    private final CityRepository cities;
    private final Mailer mailer;
    private final MessageSource messages;
    private final AccountAudit audit;
    private final AccountProperties properties;

    private final Clock clock;

    Invitations(
            Accounts accounts,
            AccountStore store,
            InvitationStore invitations,
            CityRepository cities,
            Mailer mailer,
            MessageSource messages,
            AccountAudit audit,
            AccountProperties properties,
            Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.store = store;
        this.invitations = invitations;
        this.cities = cities;
        this.mailer = mailer;
        this.messages = messages;
        this.audit = audit;
        this.properties = properties;
    }

    /**
     * Creates the account without a password and sends the invitation link; {@code requestBaseUrl} serves for the
     * link when no public address is configured.
     *
     * @throws InvalidInputException naming each wrong field; nothing is saved and nothing sent
     */
    @Transactional
    public Sent invite(CurrentUser administrator, Invite invite, String requestBaseUrl) {
        AccountAdministration.requireAdministrator(administrator);
        CurrentUser account = accounts.insert(
                invite.username(), invite.displayName(), invite.role(), invite.cityId(), Optional.empty(), false);
        Sent sent = issue(administrator, account, invite.language(), requestBaseUrl);
        audit.record(
                Optional.of(administrator),
                AuditAction.ACCOUNT_INVITED,
                account.username(),
                accounts.describe(account) + ", link valid until " + sent.expiresAt());
        return sent;
    }

    /** Makes a new link for an existing account (also a way to set a forgotten password); older links stop working. */
    @Transactional
    public Sent renewLink(CurrentUser administrator, long accountId, Locale language, String requestBaseUrl) {
        AccountAdministration.requireAdministrator(administrator);
        AccountRow row = store.findById(accountId)
                .orElseThrow(() -> new AccountAdministration.UnknownAccountException(accountId));
        if (!row.enabled()) {
            throw new InvalidInputException(List.of(FieldProblem.of(
                    "account", "account.problem.link.disabled", "the account is disabled: enable it first")));
        }
        int replaced = invitations.revokeOpen(accountId, clock.instant());
        Sent sent = issue(administrator, row.user(), language, requestBaseUrl);
        audit.record(
                Optional.of(administrator),
                AuditAction.LINK_RENEWED,
                row.user().username(),
                "link valid until " + sent.expiresAt()
                        + (replaced > 0 ? ", " + Counted.of(replaced, "older link", "older links") + " replaced" : ""));
        return sent;
    }

    public LinkCheck check(String token) {
        Optional<InvitationRow> found = find(token);
        if (found.isEmpty()) {
            return new LinkCheck(LinkStatus.UNKNOWN, Optional.empty(), Optional.empty());
        }
        InvitationRow invitation = found.get();
        AccountRow account = store.findById(invitation.accountId()).orElseThrow();
        return new LinkCheck(
                status(invitation, account), Optional.of(account.user()), Optional.of(invitation.expiresAt()));
    }

    /**
     * Sets the password with a valid link and uses the link up.
     *
     * @throws InvalidInputException when the password breaks the rules or the confirmation differs (the link stays
     *     valid)
     * @throws LinkUnusableException when the link is not (or no longer) valid
     */
    @Transactional
    public CurrentUser accept(String token, String password, String confirmation) {
        LinkCheck check = check(token);
        if (check.status() != LinkStatus.VALID) {
            audit.recordAnonymous(
                    AuditAction.INVITATION_REFUSED,
                    check.account().map(CurrentUser::username).orElse(""),
                    check.status().name().toLowerCase(Locale.ROOT),
                    Optional.empty());
            throw new LinkUnusableException(check.status());
        }
        CurrentUser account = check.account().orElseThrow();
        InvalidInputException.throwIfAny(Passwords.check(password, confirmation, account.username()));
        InvitationRow invitation = find(token).orElseThrow();
        if (!invitations.markUsed(invitation.id(), clock.instant())) {
            throw new LinkUnusableException(LinkStatus.USED);
        }
        accounts.setPassword(account.id(), password);
        audit.record(Optional.of(account), AuditAction.INVITATION_ACCEPTED, account.username(), "password set");
        return account;
    }

    private Sent issue(CurrentUser administrator, CurrentUser account, Locale language, String requestBaseUrl) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expires = now.plus(properties.invitationValidity());
        Locale locale = Locale.FRENCH.getLanguage().equals(language.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
        invitations.insert(
                account.id(), hash(token), locale.getLanguage(), Optional.of(administrator.id()), now, expires);
        String link = properties.publicBaseUrl().orElse(requestBaseUrl) + "/invitation/" + token
                + (locale.equals(Locale.FRENCH) ? "?lang=fr" : "");
        mailer.send(message(administrator, account, link, expires, locale));
        return new Sent(account, link, expires);
    }

    private Mail message(CurrentUser administrator, CurrentUser account, String link, Instant expires, Locale locale) {
        String role = messages.getMessage("account.role.as." + account.role().name(), null, locale);
        String city = account.cityId()
                .flatMap(id ->
                        cities.findAll().stream().filter(c -> c.id() == id).findFirst())
                .map(City::name)
                .map(name -> messages.getMessage("account.mail.invitation.city", new Object[] {name}, locale))
                .orElse("");
        java.time.ZonedDateTime local = expires.atZone(clock.getZone());
        String when = local.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale))
                + " " + local.format(DateTimeFormatter.ofPattern("zzz", locale));
        String subject = messages.getMessage("account.mail.invitation.subject", null, locale);
        String body = messages.getMessage(
                "account.mail.invitation.body",
                new Object[] {account.displayName(), administrator.displayName(), role, city, link, when},
                locale);
        return new Mail(account.username(), subject, body);
    }

    private LinkStatus status(InvitationRow invitation, AccountRow account) {
        if (invitation.usedAt().isPresent()) {
            return LinkStatus.USED;
        }
        if (invitation.revokedAt().isPresent()) {
            return LinkStatus.REPLACED;
        }
        if (!account.enabled()) {
            return LinkStatus.ACCOUNT_DISABLED;
        }
        if (!clock.instant().isBefore(invitation.expiresAt())) {
            return LinkStatus.EXPIRED;
        }
        return LinkStatus.VALID;
    }

    private Optional<InvitationRow> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(hash(token));
    }

    static String hash(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The link cannot be used; {@link #status()} says why. */
    public static class LinkUnusableException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final LinkStatus status;

        LinkUnusableException(LinkStatus status) {
            super("invitation link " + status.name().toLowerCase(Locale.ROOT));
            this.status = status;
        }

        public LinkStatus status() {
            return status;
        }
    }
}
