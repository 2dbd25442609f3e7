package org.wortlaut.model;

/** A named-entity mention. {@code id} is unique within the document ("e1", "e2", ...). */
public record Entity(String id, int start, int end, String text, EntityType type) {

    public Span span() {
        return new Span(start, end);
    }
}
