package org.wortlaut.model;

/**
 * Readability of the article text by the formulas German readability research uses.
 *
 * @param fleschAmstad          Flesch reading ease adapted to German by Amstad: 180 - words per
 *                              sentence - 58.5 x syllables per word; 0 (hard) to 100 (easy)
 * @param wienerSachtextformel  the first Vienna formula for non-fiction (Bamberger and
 *                              Vanecek): a school grade, about 4 (easy) to 15 (hard)
 * @param lix                   Björnsson's LIX: words per sentence + percentage of words over six
 *                              letters; below 40 easy, over 60 hard
 * @param sentences             sentences counted (those with a word)
 * @param words                 words counted
 * @param syllables             syllables counted
 */
public record Readability(double fleschAmstad, double wienerSachtextformel, double lix, int sentences,
                          int words, int syllables) {
}
