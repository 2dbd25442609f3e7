package org.wortlaut.model;

/** On whose word a figure stands: a kind of quotation, or the article's own. */
public enum ClaimType {
    DIRECT, INDIRECT, FREE_INDIRECT, REPORTED, ARTICLE;

    public static ClaimType of(QuoteType type) {
        return valueOf(type.name());
    }
}
