package org.wortlaut.model;

/** One token of a sentence, as the text has it (no normalisation). */
public record Token(int start, int end, String text, int sentence) {
}
