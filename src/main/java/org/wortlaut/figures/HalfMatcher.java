package org.wortlaut.figures;

import java.util.Optional;
import org.wortlaut.model.FigureType;
import org.wortlaut.model.FigureValue;

/**
 * "die Hälfte" is FRACTION 0.5 with "Hälfte" as its span; a qualifier before the article
 * opens the span ("Über die Hälfte" is atLeast). "in der ersten Hälfte" names a period and "in
 * der gegnerischen Hälfte" a place, no fraction. Fraction nouns after a number ("zwei Drittel")
 * are amounts and handled there.
 */
final class HalfMatcher extends LexiconRule {

    private static final String HALF_NOUN = "Hälfte";

    HalfMatcher(FigureLexicon lexicon, GermanNumbers numbers, Hedges hedges) {
        super(lexicon, numbers, hedges);
    }

    @Override
    public Match match(ScannedSentence sentence, int i) {
        FigureTokens t = sentence.tokens();
        if (!t.is(i, HALF_NOUN)) {
            return null;
        }
        if (numbers.ordinal(t.textAt(i - 1)) != null) {
            return Match.skip(i + 1);
        }
        Optional<Hedges.Found> hedge = lexicon.fractionArticles.contains(t.textAt(i - 1))
            ? hedges.before(t, i - 1, 0, "amount") : hedges.before(t, i, 0, "amount");
        if (hedge.isEmpty() && isAdjective(t, i - 1)) {
            return Match.skip(i + 1);
        }
        Hedges.Hedged hedged = Hedges.Hedged.of(hedge, t, i);
        return Match.of(new FoundFigure(hedged.start(), t.end(i), FigureType.FRACTION, FigureValue.of(Fractions.HALF), null,
            null, hedged.qualifier()), i + 1);
    }

    /**
     * "in der gegnerischen Hälfte", "die obere Hälfte": an adjective that is no qualifier makes
     * "Hälfte" a part of a place or thing, not a share ("knapp die Hälfte", "die gute Hälfte" stay).
     */
    private boolean isAdjective(FigureTokens t, int i) {
        String word = t.textAt(i);
        return t.isWord(i) && Character.isLowerCase(word.charAt(0)) && !lexicon.fractionArticles.contains(word)
            && numbers.cardinal(word) == null;
    }
}
