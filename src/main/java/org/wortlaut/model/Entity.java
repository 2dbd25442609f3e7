package org.wortlaut.model;

/**
 * A named-entity mention. {@code id} is unique within the document ("e1", "e2", ...);
 * {@code group} is the id of the {@link EntityGroup} of all mentions of the same thing, and
 * {@code canonical} that group's name ("Biden" → "Joe Biden", "Nato" → "NATO"); {@code zone}
 * is the part of the page it stands in.
 */
public record Entity(String id, int start, int end, String text, EntityType type, String canonical,
                     String group, ZoneKind zone) {

    public Span span() {
        return new Span(start, end);
    }
}
