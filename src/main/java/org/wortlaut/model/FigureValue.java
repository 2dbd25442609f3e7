package org.wortlaut.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;

/**
 * The normalised value of a figure: a number (counts, percentages, money, quantities, fractions,
 * ordinals) or an ISO 8601 string (dates, times, durations). Written to JSON as a bare number or
 * string.
 */
public sealed interface FigureValue {

    record Number(BigDecimal amount) implements FigureValue {
        @JsonValue
        public BigDecimal amount() {
            return amount;
        }

        @Override
        public String toString() {
            return amount.toPlainString();
        }
    }

    record Iso(String text) implements FigureValue {
        @JsonValue
        public String text() {
            return text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    static FigureValue of(BigDecimal amount) {
        return new Number(amount.stripTrailingZeros());
    }

    static FigureValue of(long amount) {
        return new Number(BigDecimal.valueOf(amount));
    }

    static FigureValue iso(String text) {
        return new Iso(text);
    }
}
