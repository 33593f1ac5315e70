package org.iccindex.account;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.passay.DictionaryRule;
import org.passay.IllegalRegexRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResult;
import org.passay.RuleResultDetail;
import org.passay.UsernameRule;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.sort.ArraysSort;

/**
 * The rules for a new password, the same for invitations and for "change my password", checked with Passay: at
 * least {@value #MIN_LENGTH} characters and at most {@value #MAX_BYTES} bytes, not one character repeated, not the
 * e-mail address (nor containing it), not one of the common passwords of {@code account/common-passwords.txt}.
 */
final class Passwords {
    static final int MIN_LENGTH = 12;
    /** bcrypt reads at most 72 bytes; a longer password would be cut silently, so it is refused. */
    static final int MAX_BYTES = 72;

    private static final PasswordValidator VALIDATOR = new PasswordValidator(
            new LengthRule(MIN_LENGTH, Integer.MAX_VALUE),
            new IllegalRegexRule("^(?s)(.)\\1*$"),
            new UsernameRule(false, true),
            new DictionaryRule(new WordListDictionary(commonPasswords())));

    private Passwords() {}

    /** Problems with {@code password} (field "password") and its confirmation (field "confirmation"). */
    static List<FieldProblem> check(String password, String confirmation, String username) {
        List<FieldProblem> problems = new ArrayList<>();
        String value = password == null ? "" : password;
        PasswordData data = new PasswordData(username == null ? "" : username, value);
        RuleResult result = VALIDATOR.validate(data);
        List<String> codes =
                result.getDetails().stream().map(RuleResultDetail::getErrorCode).toList();
        if (codes.contains(LengthRule.ERROR_CODE_MIN)) {
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
        } else if (codes.contains(IllegalRegexRule.ERROR_CODE)) {
            problems.add(FieldProblem.of(
                    "password", "account.problem.password.repeated", "one character repeated is not a password"));
        } else if (codes.contains(UsernameRule.ERROR_CODE) || codes.contains(UsernameRule.ERROR_CODE_REVERSED)) {
            problems.add(FieldProblem.of(
                    "password", "account.problem.password.username", "the password must not be the e-mail address"));
        } else if (codes.contains(DictionaryRule.ERROR_CODE) || codes.contains(DictionaryRule.ERROR_CODE_REVERSED)) {
            problems.add(FieldProblem.of(
                    "password",
                    "account.problem.password.common",
                    "this is one of the most common passwords, the first ones an attacker tries"));
        }
        if (confirmation != null && !value.equals(confirmation)) {
            problems.add(FieldProblem.of(
                    "confirmation", "account.problem.password.confirmation", "the two passwords are not the same"));
        }
        return problems;
    }

    private static ArrayWordList commonPasswords() {
        try (Reader reader = new InputStreamReader(
                Passwords.class.getResourceAsStream("/account/common-passwords.txt"), StandardCharsets.UTF_8)) {
            List<String> words = new java.io.BufferedReader(reader)
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT))
                    .toList();
            return new ArrayWordList(words.toArray(String[]::new), false, new ArraysSort());
        } catch (IOException e) {
            throw new IllegalStateException("the list of common passwords cannot be read", e);
        }
    }
}
