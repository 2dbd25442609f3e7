package org.wortlaut.model;

/** The kinds of reported speech of the German quotation-attribution dataset. */
public enum QuoteType {
    DIRECT, INDIRECT, FREE_INDIRECT, REPORTED
}
