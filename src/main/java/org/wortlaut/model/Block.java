package org.wortlaut.model;

/**
 * A visual unit of the page: a paragraph, a heading, a byline, a caption. Sentences never
 * cross a block boundary.
 */
public record Block(int start, int end) {
}
