package org.wortlaut.model;

/** A stretch of the page and the part it belongs to; the zones of a document cover its text. */
public record Zone(int start, int end, ZoneKind kind) {

    public Span span() {
        return new Span(start, end);
    }
}
