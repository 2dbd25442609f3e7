package org.wortlaut.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Fractions as decimals rounded to four places, as the gold writes them ("zwei Drittel" is 0.6667). */
final class Fractions {

    static final BigDecimal HALF = new BigDecimal("0.5");
    private static final int SCALE = 4;

    private Fractions() {
    }

    static BigDecimal of(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, SCALE, RoundingMode.HALF_UP);
    }
}
