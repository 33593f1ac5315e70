package org.iccindex.account;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The rules for a new password, the same for invitations and for "change my password". */
final class Passwords {
    static final int MIN_LENGTH = 12;
    /** bcrypt reads at most 72 bytes; a longer password would be cut silently, so it is refused. */
    static final int MAX_BYTES = 72;

    private Passwords() {}

    /** Problems with {@code password} (field "password") and its confirmation (field "confirmation"). */
    static List<FieldProblem> check(String password, String confirmation, String username) {
        List<FieldProblem> problems = new ArrayList<>();
        String value = password == null ? "" : password;
        if (value.length() < MIN_LENGTH) {
            problems.add(FieldProblem.of(
                    "password",
                    "account.problem.password.short",
                    "at least " + MIN_LENGTH + " characters are needed",
                    MIN_LENGTH));
        } else if (value.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            problems.add(FieldProblem.of(
                    "password",
                    "account.problem.password.long",
                    "at most " + MAX_BYTES + " characters (fewer with accented letters)",
                    MAX_BYTES));
        } else if (username != null && value.trim().toLowerCase(Locale.ROOT).equals(username)) {
            problems.add(FieldProblem.of(
                    "password", "account.problem.password.username", "the password must not be the e-mail address"));
        }
        if (confirmation != null && !value.equals(confirmation)) {
            problems.add(FieldProblem.of(
                    "confirmation", "account.problem.password.confirmation", "the two passwords are not the same"));
        }
        return problems;
    }
}
