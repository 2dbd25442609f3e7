package org.wortlaut.model;

/**
 * A named-entity mention. {@code id} is unique within the document ("e1", "e2", ...);
 * {@code group} is the id of the {@link EntityGroup} of all mentions of the same thing, and
 * {@code canonical} that group's name ("Biden" → "Joe Biden", "Nato" → "NATO"); {@code zone}
 * is the part of the page it stands in; {@code confidence} is the entity model's probability
 * (0 to 1) that these words are a name of this type, or null where no model scored it.
 */
public record Entity(String id, int start, int end, String text, EntityType type, String canonical,
                     String group, ZoneKind zone, Double confidence) {

    public Span span() {
        return new Span(start, end);
    }
}
