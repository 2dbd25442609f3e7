package org.wortlaut.figures;

import java.math.BigDecimal;
import org.wortlaut.model.FigureType;

/**
 * What follows an amount and decides its type: a currency (MONEY, ISO code), a unit (QUANTITY or
 * PERCENT, short symbol) or a time unit (DURATION, ISO designator). {@code factor} scales the
 * amount ("Cent", "Jahrzehnte").
 */
record Measure(FigureType type, String unit, BigDecimal factor) {

    static Measure money(String code, BigDecimal factor) {
        return new Measure(FigureType.MONEY, code, factor);
    }

    static Measure unit(String symbol, FigureType type) {
        return new Measure(type, symbol, BigDecimal.ONE);
    }

    static Measure duration(String designator, BigDecimal factor) {
        return new Measure(FigureType.DURATION, designator, factor);
    }
}
