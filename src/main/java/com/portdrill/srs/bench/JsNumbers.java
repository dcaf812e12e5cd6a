package com.portdrill.srs.bench;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Doubles written as JavaScript's {@code Number.prototype.toString} writes them (the shortest digits that read
 * back as the same double, then ECMAScript's choice of plain or exponent form), so that our benchmark lines and
 * golden rows compare with ts-fsrs's as text.
 */
public final class JsNumbers {
    private static final int MAX_DIGITS = 17;

    private JsNumbers() {
    }

    public static String format(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "Infinity" : "-Infinity";
        }
        if (x == 0) {
            return "0";
        }
        if (x < 0) {
            return "-" + format(-x);
        }
        BigDecimal shortest = shortestDigits(x);
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale();
        return layout(digits, k, n);
    }

    /** The closest decimal with the fewest significant digits that still reads back as {@code x}. */
    private static BigDecimal shortestDigits(double x) {
        BigDecimal exact = new BigDecimal(x);
        for (int precision = 1; precision < MAX_DIGITS; precision++) {
            BigDecimal candidate = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == x) {
                return candidate.stripTrailingZeros();
            }
        }
        return exact.round(new MathContext(MAX_DIGITS, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    /** ECMAScript's Number::toString steps: the value is 0.digits × 10^n, with k digits. */
    private static String layout(String digits, int k, int n) {
        if (k <= n && n <= 21) {
            return digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return digits.substring(0, n) + "." + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + digits;
        }
        int exponent = n - 1;
        String sign = exponent < 0 ? "-" : "+";
        String mantissa = k == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return mantissa + "e" + sign + Math.abs(exponent);
    }
}
