package org.iccindex.definition;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The limits every value meets wherever it enters (form, answers file, workbook, import, definition), so that no
 * value can make a later step slow or wrong: a number has at most {@value #MAX_INTEGER_DIGITS} digits before the
 * decimal point and {@value #MAX_DECIMALS} after it; an answer's text at most {@value #MAX_TEXT} characters, a
 * justification {@value #MAX_JUSTIFICATION}; control characters other than tab and line breaks are removed.
 * Checks look at the number's digits and exponent only, never at its written-out form, which for {@code 1e-999999999}
 * would be a billion characters long.
 */
public final class AnswerBounds {
    public static final int MAX_INTEGER_DIGITS = 15;
    public static final int MAX_DECIMALS = 15;
    /** Longest text of a number accepted for parsing (digits, signs, separators). */
    public static final int MAX_NUMBER_TEXT = 64;

    public static final int MAX_TEXT = 20_000;
    public static final int MAX_JUSTIFICATION = 4_000;

    private AnswerBounds() {}

    /** Empty when {@code value} is within the general limits, else why not (without writing the number out). */
    public static Optional<String> problem(BigDecimal value) {
        if (value.signum() == 0) {
            return Optional.empty();
        }
        long integerDigits = (long) value.precision() - value.scale();
        if (integerDigits > MAX_INTEGER_DIGITS) {
            return Optional.of("the number " + shown(value) + " is too large (at most " + MAX_INTEGER_DIGITS
                    + " digits before the decimal point)");
        }
        if (decimals(value) > MAX_DECIMALS) {
            return Optional.of("the number " + shown(value) + " has too many decimals (at most " + MAX_DECIMALS + ")");
        }
        return Optional.empty();
    }

    /** Decimals after trailing zeros are dropped; bounded work even for an exponent of a billion. */
    private static long decimals(BigDecimal value) {
        if (value.scale() <= 0) {
            return 0;
        }
        if (value.scale() > MAX_DECIMALS + value.precision()) {
            return value.scale(); // trailing zeros of the unscaled value cannot bring it back within the limit
        }
        return Math.max(0, value.stripTrailingZeros().scale());
    }

    /** A number for a message: its scientific form when long, cut to a few dozen characters. */
    public static String shown(BigDecimal value) {
        String text = value.precision() > 40 || Math.abs((long) value.scale()) > 40
                ? scientific(value)
                : value.toPlainString();
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /**
     * Six significant digits and the exponent, worked out on longs: {@link BigDecimal#round} would throw for a
     * scale near the int limits ({@code 44e2147483647}), and the exponent of such a number does not fit an int.
     */
    private static String scientific(BigDecimal value) {
        String digits = value.unscaledValue().abs().toString();
        long exponent = (long) digits.length() - value.scale() - 1;
        String mantissa = digits.length() == 1
                ? digits
                : digits.charAt(0) + "." + digits.substring(1, Math.min(6, digits.length()));
        return (value.signum() < 0 ? "-" : "") + mantissa + "E" + (exponent >= 0 ? "+" : "") + exponent;
    }

    /** Empty when {@code text} has at most {@code max} characters, else the sentence saying so. */
    public static Optional<String> lengthProblem(String text, int max) {
        return text.length() > max
                ? Optional.of("the text has " + text.length() + " characters, at most " + max + " are accepted")
                : Optional.empty();
    }

    /** {@code text} without control characters other than tab, line feed and carriage return. */
    public static String withoutControls(String text) {
        if (text.chars().noneMatch(AnswerBounds::isControl)) {
            return text;
        }
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().filter(c -> !isControl(c)).forEach(clean::appendCodePoint);
        return clean.toString();
    }

    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
    }
}
