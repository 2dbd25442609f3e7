package org.wortlaut.figures;

import java.math.BigDecimal;
import java.util.Optional;
import org.wortlaut.figures.NumberHeads.Head;

/**
 * Reads what follows the number of an amount: a scale word, then a currency, unit, percent,
 * time unit or fraction noun, also joined by a hyphen ("5-Prozent") or glued ("58jähriger");
 * and, for a number without one, the measure of the list it opens ("94,5 und 85,5 Metern").
 */
final class AmountTails {

    /** Unit symbols this short ("m", "t") count only after digits, never after number words. */
    private static final int LONGEST_SYMBOL_AFTER_WORDS = 2;

    /**
     * What follows the number: the token after it all, where the span ends, scale, measure or
     * fraction noun; {@code category} when a number word only opens a compound noun
     * ("Fünf-Sterne-Bewegung", "Zwei-Staaten-Lösung"), which is no figure. Digits there count:
     * "390.000-Einwohner-Stadt".
     */
    record Tail(int next, int spanEnd, BigDecimal scale, Measure measure, Integer denominator, boolean category) {

        Tail(int next, int spanEnd, BigDecimal scale, Measure measure, Integer denominator) {
            this(next, spanEnd, scale, measure, denominator, false);
        }

        Tail with(Measure otherMeasure, BigDecimal otherScale) {
            return new Tail(next, spanEnd, otherScale, otherMeasure, denominator, category);
        }
    }

    private final FigureLexicon lexicon;
    private final NumberHeads heads;

    AmountTails(FigureLexicon lexicon, NumberHeads heads) {
        this.lexicon = lexicon;
        this.heads = heads;
    }

    /** Scale, then measure or fraction noun, after the number (or after a range's high end). */
    Tail after(FigureTokens t, int j, Head head) {
        BigDecimal scale = null;
        int w = joinsByHyphen(t, j) ? j + 1 : j;
        Optional<PhraseTable.Hit<BigDecimal>> scaleHit = lexicon.scales.at(t, w);
        if (scaleHit.isPresent()) {
            scale = scaleHit.get().value();
            j = scaleHit.get().next();
        }
        int spanEnd = t.end(j - 1);
        Integer denominator = scale == null ? lexicon.fractions.get(t.textAt(j)) : null;
        if (denominator != null) {
            return new Tail(j + 1, t.end(j), null, null, denominator);
        }
        Optional<PhraseTable.Hit<Measure>> measure = measureAt(t, j, head);
        if (measure.isPresent()) {
            int next = measure.get().next();
            return new Tail(next, t.end(next - 1), scale, measure.get().value(), null);
        }
        Tail hyphenated = hyphenated(t, j, head, scale);
        return hyphenated != null ? hyphenated : new Tail(j, spanEnd, scale, null, null);
    }

    /** "700-Milliarden": a hyphen that touches the number before and a word after. */
    private static boolean joinsByHyphen(FigureTokens t, int j) {
        return t.is(j, "-") && t.touchesPrevious(j) && t.touchesPrevious(j + 1) && t.isWord(j + 1);
    }

    private Optional<PhraseTable.Hit<Measure>> measureAt(FigureTokens t, int j, Head head) {
        Optional<PhraseTable.Hit<Measure>> hit = lexicon.currencies.at(t, j);
        if (hit.isEmpty()) {
            hit = lexicon.units.at(t, j);
        }
        if (hit.isEmpty()) {
            hit = lexicon.durations.at(t, j);
        }
        if (hit.isPresent() && head.spelled()) {
            int length = t.end(hit.get().next() - 1) - t.start(j);
            if (length <= LONGEST_SYMBOL_AFTER_WORDS) {
                return Optional.empty();
            }
        }
        return hit;
    }

    /**
     * A word joined to the number by a hyphen or glued to it: "5-Prozent", "45-Minuten",
     * "Zehn-Tage", "700-Milliarden-US-Dollar" (the span stops there), "38-jährige" and
     * "58jähriger" (the whole word).
     */
    private Tail hyphenated(FigureTokens t, int j, Head head, BigDecimal scale) {
        boolean hyphen = joinsByHyphen(t, j);
        boolean glued = t.isWord(j) && t.touchesPrevious(j) && scale == null;
        if (!hyphen && !glued) {
            return null;
        }
        int w = hyphen ? j + 1 : j;
        Optional<PhraseTable.Hit<Measure>> measure = measureAt(t, w, head);
        if (measure.isPresent()) {
            int next = measure.get().next();
            return new Tail(next, t.end(next - 1), scale, measure.get().value(), null);
        }
        if (scale != null) {
            return null;
        }
        Optional<Tail> suffixed = lexicon.compoundSuffixOf(t.textAt(w))
            .map(suffix -> new Tail(w + 1, t.end(w), null, suffix.measure(), null));
        if (suffixed.isPresent() || !hyphen) {
            return suffixed.orElse(null);
        }
        boolean compoundGoesOn = joinsByHyphen(t, w + 1);
        return compoundGoesOn && head.spelled() ? new Tail(w + 1, t.end(w), null, null, null, true) : null;
    }

    /**
     * "94,5 und 85,5 Metern", "18, 13 und neun Jahre": a number without a measure takes the
     * measure (and scale) of the list it opens.
     */
    Tail shared(FigureTokens t, int j) {
        int k = lexicon.afterJoiner(t, j, "list");
        if (k < 0) {
            return null;
        }
        Optional<PhraseTable.Hit<FigureLexicon.Hedge>> hedge = lexicon.qualifiers.at(t, k);
        if (hedge.isPresent()) {
            k = hedge.get().next();
        }
        Head next = heads.at(t, k);
        if (next == null || next.article()) {
            return null;
        }
        Tail tail = after(t, next.last() + 1, next);
        if (tail.measure() != null) {
            return tail;
        }
        return tail.scale() == null ? shared(t, tail.next()) : null;
    }
}
