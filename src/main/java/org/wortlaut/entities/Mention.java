package org.wortlaut.entities;

import org.wortlaut.model.EntityType;
import org.wortlaut.model.Span;

/**
 * An entity mention while the stage works on it; {@code canonical} is a lexicon's name for it,
 * or null.
 */
record Mention(int start, int end, EntityType type, String canonical) {

    Mention(int start, int end, EntityType type) {
        this(start, end, type, null);
    }

    Span span() {
        return new Span(start, end);
    }

    boolean overlaps(Mention other) {
        return start < other.end && other.start < end;
    }

    Mention withType(EntityType newType) {
        return new Mention(start, end, newType, canonical);
    }

    Mention withSpan(int newStart, int newEnd) {
        return new Mention(newStart, newEnd, type, canonical);
    }
}
