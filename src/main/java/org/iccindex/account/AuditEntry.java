package org.iccindex.account;

import java.time.Instant;

/** One line of the account audit trail: who did what, to what, when, and from which address. */
public record AuditEntry(
        Instant occurredAt, String actor, AuditAction action, String subject, String detail, String clientAddress) {}
