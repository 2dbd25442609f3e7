package org.wortlaut.model;

/**
 * A checkable number: its id ("f1", "f2", ... in text order), span, type and normalised value. {@code valueHigh} is set for ranges,
 * {@code unit} is a currency code, "%", "pp" or a unit symbol, {@code sentence} the index of the
 * sentence it stands in, {@code zone} the part of the page. Absent parts are null.
 */
public record Figure(String id, int start, int end, String text, FigureType type, FigureValue value,
                     FigureValue valueHigh, String unit, Qualifier qualifier, int sentence, ZoneKind zone) {

    public Figure withId(String newId) {
        return new Figure(newId, start, end, text, type, value, valueHigh, unit, qualifier, sentence, zone);
    }

    public Span span() {
        return new Span(start, end);
    }
}
