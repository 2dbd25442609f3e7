package org.wortlaut.figures;

/**
 * One kind of figure rule: asked at token {@code i} of a sentence, it returns what it made of the
 * tokens from there, or null when it does not apply.
 */
@FunctionalInterface
interface Rule {

    Match match(ScannedSentence sentence, int i);

    /** The first match of {@code rules}, asked in order, or null. */
    static Match first(Iterable<? extends Rule> rules, ScannedSentence sentence, int i) {
        for (Rule rule : rules) {
            Match match = rule.match(sentence, i);
            if (match != null) {
                return match;
            }
        }
        return null;
    }
}
