package org.wortlaut.figures;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.wortlaut.figures.AmountTails.Tail;
import org.wortlaut.figures.NumberHeads.Head;
import org.wortlaut.model.FigureType;
import org.wortlaut.model.FigureValue;
import org.wortlaut.model.Qualifier;

/**
 * Amounts: a number in digits or words with what hedges, extends and measures it —
 * [qualifier | "zwischen"] number [bis number] [scale] [currency | unit | percent | time unit |
 * fraction noun]. "rund 43 Milliarden Dollar" is MONEY 43000000000 USD approx, "2 min" DURATION
 * PT2M, "zwei Drittel" FRACTION 0.6667, "318" (before "Passagieren") CARDINAL. The counted
 * noun stays outside the span; at a hyphen the span stops ("5-Prozent-Hürde" gives "5-Prozent").
 */
final class AmountMatcher implements Rule {

    /** Where the amount starts, its high end if it is a range, and the token after the number(s). */
    private record Range(int first, Head high, boolean opened, int after) {
    }

    private final FigureLexicon lexicon;
    private final Hedges hedges;
    private final NumberHeads heads;
    private final AmountTails tails;

    AmountMatcher(FigureLexicon lexicon, GermanNumbers numbers, Hedges hedges, Identifiers identifiers) {
        this.lexicon = lexicon;
        this.hedges = hedges;
        this.heads = new NumberHeads(lexicon, numbers, identifiers);
        this.tails = new AmountTails(lexicon, heads);
    }

    @Override
    public Match match(ScannedSentence sentence, int i) {
        FigureTokens t = sentence.tokens();
        Head head = heads.at(t, i);
        if (head == null) {
            return null;
        }
        Optional<PhraseTable.Hit<Measure>> sign = prefixMeasure(t, i, head);
        Range range = range(t, sign.map(PhraseTable.Hit::first).orElse(head.first()), head);
        Optional<Hedges.Found> hedge = range.opened() ? Optional.empty()
            : hedges.before(t, range.first(), 0, "amount");
        Tail found = tails.after(t, range.after(), head);
        if (found.category()) {
            return Match.skip(found.next());
        }
        Tail tail = sign.isPresent() ? found.with(sign.get().value(), found.scale())
            : completed(sentence, range.first(), found);
        boolean extended = tail.scale() != null || range.high() != null || tail.denominator() != null;
        if (head.article() && !countsArticle(t, range.first(), hedge.isPresent(), extended, tail.measure() != null)) {
            return null;
        }
        Hedges.Hedged hedged = Hedges.Hedged.of(hedge, t, range.first());
        return Match.of(mention(hedged.start(), head, range.high(), tail, hedged.qualifier()),
            tail.next());
    }

    /** "30 bis 50", "zwischen 10 und 20" (the opener joins the span); a "range" downwards is none. */
    private Range range(FigureTokens t, int first, Head head) {
        int after = head.last() + 1;
        String closer = lexicon.rangeOpeners.get(t.textAt(first - 1));
        boolean opened = closer != null && t.is(after, closer);
        Head high = opened || lexicon.isJoiner(t, after, "range") ? heads.at(t, after + 1) : null;
        if (high == null || high.value().compareTo(head.value()) <= 0) {
            return new Range(first, null, false, after);
        }
        return new Range(opened ? first - 1 : first, high, opened, high.last() + 1);
    }

    /**
     * A tail without measure takes it from the list the number opens ("94,5 und 85,5 Metern") or,
     * for a scaled amount before no noun, from the currency named before ("nach 800 Millionen").
     */
    private Tail completed(ScannedSentence sentence, int first, Tail tail) {
        FigureTokens t = sentence.tokens();
        if (tail.measure() != null || tail.denominator() != null) {
            return tail;
        }
        Tail shared = tails.shared(t, tail.next());
        if (shared != null) {
            return tail.with(shared.measure(), tail.scale() != null ? tail.scale() : shared.scale());
        }
        if (tail.scale() != null && !t.isCapitalized(tail.next())) {
            return tail.with(sentence.currencyBefore(first, lexicon).orElse(null), tail.scale());
        }
        return tail;
    }

    /**
     * "ein/eine" is a figure with a scale, fraction or range ("eine Million", "ein Drittel",
     * "ein bis zwei"), or with a measure when hedged or contrasted ("über eine Tonne", "nur eine
     * Woche"); alone it is an article ("über eine Brücke", "nur ein Problem").
     */
    private boolean countsArticle(FigureTokens t, int first, boolean hedged, boolean extended, boolean measured) {
        return extended || measured && (hedged || lexicon.contrastWords.contains(t.textAt(first - 1)));
    }

    /**
     * A measure before digits: a currency sign ("€ 20", "US$ 5"; in "100 $ 20" the sign belongs
     * to the 100) or a word that leads its number ("Tempo 300" is 300 km/h).
     */
    private Optional<PhraseTable.Hit<Measure>> prefixMeasure(FigureTokens t, int i, Head head) {
        if (head.spelled()) {
            return Optional.empty();
        }
        Optional<PhraseTable.Hit<Measure>> sign = lexicon.currencies.endingBefore(t, i, 0)
            .filter(hit -> isSign(t.textAt(hit.first())) && !t.isNumber(hit.first() - 1));
        return sign.isPresent() ? sign : lexicon.prefixUnits.endingBefore(t, i, 0).filter(hit -> !t.touchesPrevious(i));
    }

    /** Signs and codes ("€", "USD") stand before amounts; currency names ("Euro") do not. */
    private static boolean isSign(String text) {
        return !Character.isLetter(text.charAt(0)) || text.equals(text.toUpperCase(Locale.ROOT));
    }

    private FoundFigure mention(int start, Head head, Head high, Tail tail, Qualifier qualifier) {
        if (tail.denominator() != null) {
            return new FoundFigure(start, tail.spanEnd(), FigureType.FRACTION, fraction(head.value(), tail.denominator()),
                high == null ? null : fraction(high.value(), tail.denominator()), null, qualifier);
        }
        Measure measure = tail.measure();
        BigDecimal factor = (tail.scale() == null ? BigDecimal.ONE : tail.scale())
            .multiply(measure == null ? BigDecimal.ONE : measure.factor());
        FigureType type = measure == null ? FigureType.CARDINAL : measure.type();
        String unit = measure == null || type == FigureType.DURATION ? null : measure.unit();
        return new FoundFigure(start, tail.spanEnd(), type, value(head.value().multiply(factor), measure),
            high == null ? null : value(high.value().multiply(factor), measure), unit, qualifier);
    }

    private static FigureValue value(BigDecimal amount, Measure measure) {
        if (measure != null && measure.type() == FigureType.DURATION) {
            return FigureValue.iso(IsoDuration.of(amount, measure.unit()));
        }
        return FigureValue.of(amount);
    }

    private static FigureValue fraction(BigDecimal numerator, int denominator) {
        return FigureValue.of(Fractions.of(numerator, BigDecimal.valueOf(denominator)));
    }
}
