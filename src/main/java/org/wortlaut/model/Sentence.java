package org.wortlaut.model;

/** One sentence: character offsets into the document text, end exclusive. */
public record Sentence(int start, int end) {

    public Span span() {
        return new Span(start, end);
    }
}
