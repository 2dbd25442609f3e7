package org.wortlaut.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Which part of a page a stretch of text belongs to. */
public enum ZoneKind {
    /** The rubric: "Politik". */
    SECTION,
    HEADLINE,
    /** The lead paragraph under the headline. */
    TEASER,
    /** Byline, "Autor", date and "Aktualisiert" lines, "Lesezeit: 2 min", source lines ("Quelle: dpa"). */
    META,
    /** Image captions and photo credits, a headline repeated as image title. */
    CAPTION,
    SUBHEADING,
    BODY,
    /** Related-article lists, newsletter, cookie, share and comment lines, template leftovers. */
    BOILERPLATE;

    /** Whether entities and quotes are looked for here: the article's own text. */
    public boolean isAnalysed() {
        return this != META && this != BOILERPLATE && this != SECTION;
    }

    /** Whether figures are looked for here: the article's text and its date and byline lines. */
    public boolean yieldsFigures() {
        return isAnalysed() || this == META;
    }

    /** Whether its words count for reading time. */
    public boolean isRead() {
        return this == HEADLINE || this == TEASER || this == SUBHEADING || this == BODY;
    }

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
