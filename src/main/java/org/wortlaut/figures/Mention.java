package org.wortlaut.figures;

import org.wortlaut.model.FigureType;
import org.wortlaut.model.FigureValue;
import org.wortlaut.model.Qualifier;

/** A figure found in a sentence, before it is tied to its sentence index. */
record Mention(int start, int end, FigureType type, FigureValue value, FigureValue valueHigh, String unit,
               Qualifier qualifier) {

    static Mention of(int start, int end, FigureType type, FigureValue value) {
        return new Mention(start, end, type, value, null, null, null);
    }
}
