package org.wortlaut.figures;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.wortlaut.model.FigureType;
import org.wortlaut.model.FigureValue;

/**
 * A number word inside a compound that states a count, duration or age: "zehnmonatigen"
 * (DURATION P10M), "zweitägigen" (P2D), "zwölfköpfige" and "zwölffachen" (CARDINAL 12),
 * "viermal" (CARDINAL 4), "Verdreifachung" (CARDINAL 3). The whole word is the span. "einmal"
 * counts only when hedged or contrasted ("mehr als einmal", "nur einmal").
 */
final class CompoundMatcher extends LexiconRule {

    /** "Verdreifachung": the prefix before the number word of a "-fachung" noun. */
    private static final String MULTIPLYING_PREFIX = "ver";
    private static final String MULTIPLYING_ENDING = "fachung";

    CompoundMatcher(FigureLexicon lexicon, GermanNumbers numbers, Hedges hedges) {
        super(lexicon, numbers, hedges);
    }

    @Override
    public Match match(ScannedSentence sentence, int i) {
        FigureTokens t = sentence.tokens();
        if (!t.isWord(i)) {
            return null;
        }
        String lower = t.textAt(i).toLowerCase(Locale.GERMAN);
        for (String stem : Inflections.stems(lower)) {
            for (FigureLexicon.CompoundSuffix suffix : lexicon.compoundSuffixes) {
                if (stem.endsWith(suffix.ending()) && stem.length() > suffix.ending().length()) {
                    String head = stem.substring(0, stem.length() - suffix.ending().length());
                    Match match = figure(t, i, stripPrefix(head, suffix), suffix);
                    if (match != null) {
                        return match;
                    }
                }
            }
        }
        return null;
    }

    private static String stripPrefix(String head, FigureLexicon.CompoundSuffix suffix) {
        boolean multiplying = suffix.ending().equals(MULTIPLYING_ENDING) && head.startsWith(MULTIPLYING_PREFIX);
        return multiplying ? head.substring(MULTIPLYING_PREFIX.length()) : head;
    }

    private Match figure(FigureTokens t, int i, String head, FigureLexicon.CompoundSuffix suffix) {
        GermanNumbers.Word word = numbers.cardinal(head);
        if (word == null || word.value().signum() <= 0) {
            return null;
        }
        Optional<Hedges.Found> hedge = hedges.before(t, i, 0, "amount");
        boolean one = word.value().compareTo(BigDecimal.ONE) == 0;
        if (one && hedge.isEmpty() && !lexicon.contrastWords.contains(t.textAt(i - 1))) {
            return null;
        }
        Hedges.Hedged hedged = Hedges.Hedged.of(hedge, t, i);
        Measure measure = suffix.measure();
        FigureValue value = suffix.type() == FigureType.DURATION
            ? FigureValue.iso(IsoDuration.of(word.value(), suffix.designator()))
            : FigureValue.of(word.value());
        String unit = measure == null || suffix.type() == FigureType.DURATION ? null : measure.unit();
        return Match.of(new FoundFigure(hedged.start(), t.end(i), suffix.type(), value, null, unit, hedged.qualifier()),
            i + 1);
    }
}
