package org.wortlaut.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How the text hedges a figure: "rund 43" is approx, "mehr als 500" atLeast, "bis zu 30" atMost. */
public enum Qualifier {
    APPROX("approx"), AT_LEAST("atLeast"), AT_MOST("atMost");

    private final String label;

    Qualifier(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }
}
