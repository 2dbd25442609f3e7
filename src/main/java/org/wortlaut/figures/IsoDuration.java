package org.wortlaut.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes an amount of a time unit as an ISO 8601 duration. A fractional amount is carried into
 * the next smaller unit, as people count it: "zweieinhalb Jahre" is P2Y6M, "anderthalb
 * Stunden" PT1H30M.
 */
final class IsoDuration {

    /** ISO 8601 allows no weeks beside other units, so a fractional week is written in days. */
    private static final BigDecimal DAYS_A_WEEK = BigDecimal.valueOf(7);

    private IsoDuration() {
    }

    /** {@code designator} is Y, M, W, D, H, MIN or S (see durations.txt). */
    static String of(BigDecimal amount, String designator) {
        return switch (designator) {
            case "Y" -> "P" + carry(amount, "Y", 12, "M");
            case "M" -> "P" + carry(amount, "M", 30, "D");
            case "W" -> isWhole(amount) ? "P" + plain(amount) + "W" : "P" + plain(amount.multiply(DAYS_A_WEEK)) + "D";
            case "D" -> isWhole(amount) ? "P" + plain(amount) + "D"
                : "P" + carry(amount, "D", 24, "H").replace("D", "DT");
            case "H" -> "PT" + carry(amount, "H", 60, "M");
            case "MIN" -> "PT" + carry(amount, "M", 60, "S");
            case "S" -> "PT" + plain(amount) + "S";
            default -> throw new IllegalArgumentException("unknown time unit " + designator);
        };
    }

    private static String carry(BigDecimal amount, String unit, int perUnit, String smaller) {
        BigDecimal whole = amount.setScale(0, RoundingMode.DOWN);
        BigDecimal rest = amount.subtract(whole).multiply(BigDecimal.valueOf(perUnit));
        if (rest.signum() == 0) {
            return plain(whole) + unit;
        }
        String head = whole.signum() == 0 ? "" : plain(whole) + unit;
        return head + plain(rest) + smaller;
    }

    private static boolean isWhole(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= 0;
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }
}
