package org.wortlaut.figures;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Reads the number an amount is built on: digits in German format or a cardinal word, with
 * "einem halben" and "halbe" (before a scale) read as one half. Identifiers ("Paragraf 218") and
 * vague hundreds ("mehrere hundert") are no numbers here.
 */
final class NumberHeads {

    private static final String HALF_STEM = "halb";
    private static final String PLUS = "plus";

    /** The number itself: tokens {@code first..last}, its value, and whether it is the article "ein". */
    record Head(int first, int last, BigDecimal value, boolean article, boolean spelled) {
    }

    private final FigureLexicon lexicon;
    private final GermanNumbers numbers;
    private final Identifiers identifiers;

    NumberHeads(FigureLexicon lexicon, GermanNumbers numbers, Identifiers identifiers) {
        this.lexicon = lexicon;
        this.numbers = numbers;
        this.identifiers = identifiers;
    }

    /** The number at token {@code i}, negative after "minus" or a sign ("minus 5", "-3"). */
    Head at(FigureTokens t, int i) {
        Head head = unsigned(t, i);
        if (head == null || !negated(t, i)) {
            return head;
        }
        return new Head(i - 1, head.last(), head.value().negate(), false, head.spelled());
    }

    /** "minus 5", "-3"; but "plus/minus 13,5 Meter" is a tolerance, no negative number. */
    private boolean negated(FigureTokens t, int i) {
        String before = t.textAt(i - 1);
        boolean sign = before.length() == 1 && t.touchesPrevious(i) && !t.touchesPrevious(i - 1);
        boolean word = before.length() > 1 && !t.touchesPrevious(i);
        boolean tolerance = t.is(i - 2, "/") || t.textAt(i - 2).equalsIgnoreCase(PLUS);
        return lexicon.negativeWords.contains(before) && (sign || word) && !tolerance;
    }

    /** The number at token {@code i}: digits in German format or a cardinal word ("einem halben"). */
    private Head unsigned(FigureTokens t, int i) {
        if (t.isNumber(i)) {
            BigDecimal value = numbers.digits(t.textAt(i));
            return value == null || identifiers.isIdentifier(t, i) ? null : new Head(i, i, value, false, false);
        }
        if (!t.isWord(i)) {
            return null;
        }
        GermanNumbers.Word word = numbers.cardinal(t.textAt(i));
        if (word == null) {
            return halfWithScale(t, i);
        }
        if (identifiers.afterNamingWord(t, i) || lexicon.vagueWords.contains(t.textAt(i - 1))) {
            return null;
        }
        if (word.article() && t.textAt(i + 1).toLowerCase(Locale.GERMAN).startsWith(HALF_STEM)) {
            return new Head(i, i + 1, Fractions.HALF, false, true);
        }
        return new Head(i, i, word.value(), word.article(), true);
    }

    /** "halbe Milliarde": a half with a scale word after it. */
    private Head halfWithScale(FigureTokens t, int i) {
        boolean half = t.textAt(i).toLowerCase(Locale.GERMAN).startsWith(HALF_STEM);
        return half && lexicon.scales.containsAt(t, i + 1) ? new Head(i, i, Fractions.HALF, false, true) : null;
    }
}
