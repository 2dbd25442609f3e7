package org.wortlaut.figures;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Writes a calendar date as ISO 8601 with the parts the text gives: "2023-11-04", "2022-04",
 * "2009", "--09-24" (no year) or "--06" (a bare month).
 */
final class IsoDate {

    private IsoDate() {
    }

    /** Null when day and month do not form a date (31.02.). {@code year} and {@code day} may be null. */
    static String of(Integer year, int month, Integer day) {
        if (month < 1 || month > 12 || day != null && !exists(year, month, day)) {
            return null;
        }
        String monthDay = day == null ? two(month) : two(month) + "-" + two(day);
        return year == null ? "--" + monthDay : year(year) + "-" + monthDay;
    }

    static String year(int year) {
        return year >= 0 ? padded(year, 4) : "-" + padded(-year, 4);
    }

    private static boolean exists(Integer year, int month, int day) {
        try {
            LocalDate.of(year == null ? 2000 : year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static String two(int n) {
        return padded(n, 2);
    }

    /** {@code n} (not negative) with leading zeros to {@code width} digits; cheaper than a format string per figure. */
    static String padded(int n, int width) {
        String digits = Integer.toString(n);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
