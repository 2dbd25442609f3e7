package org.wortlaut.figures;

import java.math.BigDecimal;
import java.util.Locale;
import org.wortlaut.model.FigureType;
import org.wortlaut.model.FigureValue;

/**
 * Ordinals: "3. Platz", "der achte Tag", "dritthöchsten" (the whole word), "Platz zwei"; and
 * "jeder zweite", which is the FRACTION 0.5. Not figures: ordinals in names ("1. FC Köln",
 * "2. Bundesliga"), holidays ("zweiten Weihnachtstag") and "erste" in the sense of "initial"
 * ("Ersten Angaben zufolge").
 */
final class OrdinalMatcher extends LexiconRule {

    private static final int HIGHEST_STEM = 20;
    /** Articles and contractions ("der", "im", "zum"); longer determiners may end a sentence. */
    private static final int SHORT_DETERMINER = 3;
    /** A quotation never opens on a count that ends the sentence: „2. Deutscher Klimakongress“. */
    private static final String OPENING_QUOTES = "„\"»‚";
    /** "best" is the shortest superlative after a stem ("drittbeste"). */
    private static final int SHORTEST_ENDING = 4;

    OrdinalMatcher(FigureLexicon lexicon, GermanNumbers numbers, Hedges hedges) {
        super(lexicon, numbers, hedges);
    }

    @Override
    public Match match(ScannedSentence sentence, int i) {
        FigureTokens t = sentence.tokens();
        boolean listedPlace = lexicon.isJoiner(t, i - 1, "list") && lexicon.placeOrdinals.contains(t.textAt(i - 3));
        if (lexicon.placeOrdinals.contains(t.textAt(i - 1)) || listedPlace) {
            Match place = place(t, i);
            if (place != null) {
                return place;
            }
        }
        if (t.isNumber(i)) {
            return digitOrdinal(t, i);
        }
        return t.isWord(i) ? wordOrdinal(t, i) : null;
    }

    /** "Platz zwei", "Rang 3", "die Plätze drei und vier". */
    private Match place(FigureTokens t, int i) {
        BigDecimal value = t.isNumber(i) ? numbers.digits(t.textAt(i)) : cardinalValue(t.textAt(i));
        if (value == null || value.scale() > 0 || t.is(i + 1, ".") && !t.endsSentenceAfter(i + 1)) {
            return null;
        }
        return Match.of(ordinal(t.start(i), t.end(i), value), i + 1);
    }

    /** "3." followed by more of the sentence; a sentence-final "27." is a count. */
    private Match digitOrdinal(FigureTokens t, int i) {
        BigDecimal value = numbers.digits(t.textAt(i));
        if (value == null || value.scale() > 0 || t.textAt(i).contains(".") || !t.is(i + 1, ".")
            || !t.touchesPrevious(i + 1)) {
            return null;
        }
        if (t.endsSentenceAfter(i + 1)) {
            return splitAfterOrdinal(t, i, value);
        }
        if (lexicon.nameOrdinals.contains(t.textAt(i + 2))) {
            return Match.skip(i + 2);
        }
        return Match.of(ordinal(t.start(i), t.end(i + 1), value), i + 2);
    }

    /**
     * A sentence that seems to end in "N." may have been split after an ordinal: a name follows
     * ("1. FC Köln"), a noun that ordinals go with follows ("16. Jahrhundert"), or a determiner
     * or an opening quote stands before ("des 1. Bataillons"), which no count ends on.
     */
    private Match splitAfterOrdinal(FigureTokens t, int i, BigDecimal value) {
        if (lexicon.nameOrdinals.contains(t.wordAfter())) {
            return Match.skip(i + 2);
        }
        String before = t.textAt(i - 1);
        boolean determined = before.length() <= SHORT_DETERMINER
            && lexicon.ordinalDeterminers.contains(before.toLowerCase(Locale.GERMAN));
        boolean ordinalNoun = lexicon.ordinalNouns.contains(t.wordAfter());
        boolean quoted = OPENING_QUOTES.indexOf(before.isEmpty() ? ' ' : before.charAt(0)) >= 0 && t.touchesPrevious(i);
        return determined || ordinalNoun || quoted ? Match.of(ordinal(t.start(i), t.end(i + 1), value), i + 2) : null;
    }

    private Match wordOrdinal(FigureTokens t, int i) {
        GermanNumbers.Word word = numbers.ordinal(t.textAt(i));
        BigDecimal value = word != null ? word.value() : compoundValue(t.textAt(i));
        if (value == null) {
            return null;
        }
        if (word != null && lexicon.everyWords.contains(t.textAt(i - 1))) {
            return everyNth(t, i, value);
        }
        if (lexicon.nameOrdinals.contains(t.textAt(i + 1)) || value.intValue() == 1 && meansInitial(t, i)
            || word != null && isNoun(t, i)) {
            return Match.skip(i + 1);
        }
        if (word != null && Character.isLowerCase(t.textAt(i).charAt(0)) && !determined(t, i)) {
            return null;
        }
        return Match.of(ordinal(t.start(i), t.end(i), value), i + 1);
    }

    /**
     * "Ersten Angaben zufolge", "erste Testflüge": without a determiner "erste" means "initial";
     * so it does in the plural before a noun ("die ersten Jahre", "die ersten Gäste").
     */
    private boolean meansInitial(FigureTokens t, int i) {
        boolean plural = t.textAt(i - 1).equalsIgnoreCase("die") && t.textAt(i).endsWith("n") && t.isWord(i + 1)
            && numbers.cardinal(t.textAt(i + 1)) == null;
        return lexicon.initialNouns.contains(t.textAt(i + 1)) || !determined(t, i) || afterArticle(t, i) || plural;
    }

    /**
     * "an Dritte weitergeben", "Dritte haften nicht": the noun "third parties", no rank, when no
     * determiner stands before it and no noun after it. "Dritte Liga", "der Dritte" and "wurde am
     * Ende Dritte" stay ordinals.
     */
    private boolean isNoun(FigureTokens t, int i) {
        return lexicon.nounOrdinals.contains(t.textAt(i)) && !determined(t, i) && !t.isCapitalized(i + 1)
            && !lexicon.rankWords.contains(t.textAt(i - 1));
    }

    /** "ein erstes Vorauskommando", "in einer ersten Stellungnahme": "a first" is "an initial". */
    private boolean afterArticle(FigureTokens t, int i) {
        GermanNumbers.Word before = numbers.cardinal(t.textAt(i - 1));
        return before != null && before.article();
    }

    /** A determiner before it, or a list of ordinals ("der dritte und vierte Platz"). */
    private boolean determined(FigureTokens t, int i) {
        boolean listed = lexicon.isJoiner(t, i - 1, "list") && numbers.ordinal(t.textAt(i - 2)) != null;
        return listed || lexicon.ordinalDeterminers.contains(t.textAt(i - 1).toLowerCase(Locale.GERMAN));
    }

    // A lower-case ordinal word needs a determiner before it: "wir achten darauf" holds no "achte".

    /** "jeder zweite" is one in two: FRACTION 0.5, the span starting at "jeder" (or its qualifier). */
    private Match everyNth(FigureTokens t, int i, BigDecimal n) {
        Hedges.Hedged hedged = hedges.around(t, i - 1, "amount");
        FigureValue fraction = FigureValue.of(Fractions.of(BigDecimal.ONE, n));
        return Match.of(new FoundFigure(hedged.start(), t.end(i), FigureType.FRACTION, fraction, null, null,
            hedged.qualifier()), i + 1);
    }

    /** "dritthöchsten", "drittplatzierte": an ordinal stem and a superlative or rank ending. */
    private BigDecimal compoundValue(String word) {
        String lower = word.toLowerCase(Locale.GERMAN);
        for (int n = 2; n <= HIGHEST_STEM; n++) {
            String stem = numbers.ordinalStem(n);
            boolean compound = lower.startsWith(stem) && lower.length() > stem.length();
            if (compound && hasOrdinalEnding(lower.substring(stem.length()))) {
                return BigDecimal.valueOf(n);
            }
        }
        return null;
    }

    private boolean hasOrdinalEnding(String rest) {
        for (String base : Inflections.stems(rest)) {
            if (base.equals(rest)) {
                continue;
            }
            for (String ending : lexicon.ordinalCompoundEndings) {
                if (base.endsWith(ending) && base.length() >= SHORTEST_ENDING) {
                    return true;
                }
            }
        }
        return false;
    }

    private BigDecimal cardinalValue(String word) {
        GermanNumbers.Word read = numbers.cardinal(word);
        return read == null || read.article() ? null : read.value();
    }

    private static FoundFigure ordinal(int start, int end, BigDecimal value) {
        return FoundFigure.of(start, end, FigureType.ORDINAL, FigureValue.of(value));
    }
}
