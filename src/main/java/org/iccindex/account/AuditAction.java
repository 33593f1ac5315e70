package org.iccindex.account;

/** What an account audit entry records. */
public enum AuditAction {
    /** An account was created directly: the first administrator, or a demo account. */
    ACCOUNT_CREATED,
    /** An administrator created a city. */
    CITY_CREATED,
    /** An administrator invited someone: a new account without a password and an invitation link. */
    ACCOUNT_INVITED,
    /** An administrator made a new link for an existing account; older links stop working. */
    LINK_RENEWED,
    /** The invited person set a password with the link (and was signed in). */
    INVITATION_ACCEPTED,
    /** Someone opened an expired, used or replaced link and tried to use it. */
    INVITATION_REFUSED,
    /** The person changed their own password. */
    PASSWORD_CHANGED,
    /** An administrator disabled an account. */
    ACCOUNT_DISABLED,
    /** An administrator enabled a disabled account again. */
    ACCOUNT_ENABLED,
    SIGNED_IN,
    /** A sign-in with a wrong password, an unknown name, or an account that cannot sign in. */
    SIGN_IN_REFUSED,
    /** Too many failed sign-ins: the account name or the client address is locked for a while. */
    SIGN_IN_LOCKED,
    SIGNED_OUT,
    /** A published result was republished with corrected figures; the earlier version stays on record. */
    RESULT_CORRECTED
}
