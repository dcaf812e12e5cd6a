package com.portdrill.bench;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Doubles written as JavaScript's {@code Number.prototype.toString} writes them (the shortest digits that read
 * back as the same double, then ECMAScript's choice of plain or exponent form), so that our benchmark lines and
 * golden rows compare with ts-fsrs's as text.
 */
public final class JsNumbers {
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

    /**
     * The decimal with the fewest significant digits that reads back as {@code x}, the closest such if several.
     * Both neighbours at each precision are tried: at a power of two the doubles below are twice as dense as
     * those above, so the nearest decimal may miss while the one on the far side reads back. Seventeen digits
     * always read back, which ends the loop.
     */
    private static BigDecimal shortestDigits(double x) {
        BigDecimal exact = new BigDecimal(x);
        for (int precision = 1; ; precision++) {
            BigDecimal below = exact.round(new MathContext(precision, RoundingMode.FLOOR));
            BigDecimal above = exact.round(new MathContext(precision, RoundingMode.CEILING));
            boolean belowFits = below.doubleValue() == x;
            boolean aboveFits = above.doubleValue() == x;
            if (belowFits && aboveFits) {
                return closer(exact, below, above).stripTrailingZeros();
            }
            if (belowFits || aboveFits) {
                return (belowFits ? below : above).stripTrailingZeros();
            }
        }
    }

    /** The nearer of two decimals around {@code exact}; at a tie, the one whose last digit is even. */
    private static BigDecimal closer(BigDecimal exact, BigDecimal below, BigDecimal above) {
        int order = exact.subtract(below).compareTo(above.subtract(exact));
        if (order != 0) {
            return order < 0 ? below : above;
        }
        return below.unscaledValue().testBit(0) ? above : below;
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
