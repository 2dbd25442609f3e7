package org.wortlaut.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where the article's address came from, in the order it is looked for: the input record, then
 * the page's canonical link, its Open Graph {@code og:url}, its JSON-LD {@code url}.
 */
public enum UrlSource {
    INPUT("input"),
    CANONICAL("canonical"),
    OPEN_GRAPH("og:url"),
    JSON_LD("json-ld");

    private final String label;

    UrlSource(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }
}
