package org.iccindex.account;

/**
 * Sends messages to people. The application assumes no mail server: the default implementation keeps each message
 * in the outbox table, where administrators read it ({@code icc.account.mail-sender=outbox}). To deliver mail
 * instead, set {@code icc.account.mail-sender} to another value and provide a bean implementing this interface.
 * {@link #send} runs inside the caller's transaction: if it throws, nothing of the change that sent it is saved.
 */
public interface Mailer {
    void send(Mail mail);
}
