package org.wortlaut.figures;

import org.wortlaut.model.FigureType;
import org.wortlaut.model.FigureValue;
import org.wortlaut.model.Qualifier;

/** A figure found in a sentence, before it is tied to its sentence index. */
record FoundFigure(int start, int end, FigureType type, FigureValue value, FigureValue valueHigh, String unit,
               Qualifier qualifier) {

    static FoundFigure of(int start, int end, FigureType type, FigureValue value) {
        return new FoundFigure(start, end, type, value, null, null, null);
    }

    static FoundFigure date(int start, int end, String iso) {
        return of(start, end, FigureType.DATE, FigureValue.iso(iso));
    }

    static FoundFigure dateRange(int start, int end, String lowIso, String highIso) {
        return new FoundFigure(start, end, FigureType.DATE, FigureValue.iso(lowIso), FigureValue.iso(highIso), null, null);
    }
}
