package org.iccindex.account;

/** Where an account stands. */
public enum AccountStatus {
    /** Invited: the person has not set a password yet, so cannot sign in. */
    INVITED,
    /** Can sign in. */
    ACTIVE,
    /** Turned off by an administrator: cannot sign in, and any open session ends at its next request. */
    DISABLED
}
