package org.wortlaut.figures;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
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
final class AmountMatcher {

    private static final int LONGEST_SYMBOL_AFTER_WORDS = 2;
    private static final String HALF_STEM = "halb";

    /** The number itself: tokens {@code first..last}, its value, and whether it is the article "ein". */
    record Head(int first, int last, BigDecimal value, boolean article, boolean spelled) {
    }

    /** What follows the number: the token after it all, the scale and the measure found. */
    private record Tail(int next, int spanEnd, BigDecimal scale, Measure measure, Integer denominator) {
    }

    private final FigureLexicon lexicon;
    private final GermanNumbers numbers;
    private final Hedges hedges;
    private final Identifiers identifiers;

    AmountMatcher(FigureLexicon lexicon, GermanNumbers numbers, Hedges hedges, Identifiers identifiers) {
        this.lexicon = lexicon;
        this.numbers = numbers;
        this.hedges = hedges;
        this.identifiers = identifiers;
    }

    Match match(SentenceView sentence, int i) {
        Tokens t = sentence.tokens();
        Head head = head(t, i);
        if (head == null) {
            return null;
        }
        int first = i;
        Optional<PhraseTable.Hit<Measure>> sign = prefixCurrency(t, i, head);
        if (sign.isPresent()) {
            first = sign.get().first();
        }
        Head high = null;
        int after = head.last() + 1;
        String closer = lexicon.rangeOpeners.get(t.textAt(first - 1));
        if (closer != null && t.is(after, closer)) {
            high = head(t, after + 1);
            first = high != null ? first - 1 : first;
        } else if (lexicon.isJoiner(t, after, "range")) {
            high = head(t, after + 1);
        }
        if (high != null && high.value().compareTo(head.value()) <= 0) {
            high = null;
            first = sign.map(PhraseTable.Hit::first).orElse(i);
        }
        if (high != null) {
            after = high.last() + 1;
        }
        Optional<Hedges.Found> hedge = closer != null && high != null ? Optional.empty()
            : hedges.before(t, first, 0, "amount");
        Tail tail = tail(t, after, head);
        Measure measure = sign.map(PhraseTable.Hit::value).orElse(tail.measure());
        BigDecimal scale = tail.scale();
        if (measure == null && tail.denominator() == null) {
            Tail shared = sharedTail(t, tail.next());
            if (shared != null) {
                measure = shared.measure();
                scale = scale != null ? scale : shared.scale();
            } else if (scale != null && !t.isCapitalized(tail.next())) {
                measure = sentence.currencyBefore(first, lexicon).orElse(null);
            }
        }
        if (head.article() && !countsArticle(t, first, hedge.isPresent(), scale != null || high != null
            || tail.denominator() != null, measure != null)) {
            return null;
        }
        Hedges.Hedged hedged = Hedges.Hedged.of(hedge, t, first);
        return Match.of(mention(hedged.start(), tail.spanEnd(), head, high, scale, measure, tail.denominator(),
            hedged.qualifier()), tail.next());
    }

    /**
     * "ein/eine" is a figure with a scale, fraction or range ("eine Million", "ein Drittel",
     * "ein bis zwei"), or with a measure when hedged or contrasted ("über eine Tonne", "nur eine
     * Woche"); alone it is an article ("über eine Brücke", "nur ein Problem").
     */
    private boolean countsArticle(Tokens t, int first, boolean hedged, boolean extended, boolean measured) {
        return extended || measured && (hedged || lexicon.contrastWords.contains(t.textAt(first - 1)));
    }

    /** The number at token {@code i}: digits in German format or a cardinal word ("einem halben"). */
    Head head(Tokens t, int i) {
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
    private Head halfWithScale(Tokens t, int i) {
        boolean half = t.textAt(i).toLowerCase(Locale.GERMAN).startsWith(HALF_STEM);
        return half && lexicon.scales.containsAt(t, i + 1) ? new Head(i, i, Fractions.HALF, false, true) : null;
    }

    /** A currency sign before digits: "€ 20", "US$ 5". */
    private Optional<PhraseTable.Hit<Measure>> prefixCurrency(Tokens t, int i, Head head) {
        if (head.spelled()) {
            return Optional.empty();
        }
        return lexicon.currencies.endingBefore(t, i, 0).filter(hit -> isSign(t.textAt(hit.first())));
    }

    /** Signs and codes ("€", "USD") stand before amounts; currency names ("Euro") do not. */
    private static boolean isSign(String text) {
        return !Character.isLetter(text.charAt(0)) || text.equals(text.toUpperCase(Locale.ROOT));
    }

    /** Scale, then measure or fraction noun, after the number (or after a range's high end). */
    private Tail tail(Tokens t, int j, Head head) {
        BigDecimal scale = null;
        Optional<PhraseTable.Hit<BigDecimal>> scaleHit = lexicon.scales.at(t, j);
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
        Tail hyphenated = scale == null ? hyphenated(t, j, head) : null;
        return hyphenated != null ? hyphenated : new Tail(j, spanEnd, scale, null, null);
    }

    private Optional<PhraseTable.Hit<Measure>> measureAt(Tokens t, int j, Head head) {
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
     * "Zehn-Tage" (the span stops there), "38-jährige" and "58jähriger" (the whole word).
     */
    private Tail hyphenated(Tokens t, int j, Head head) {
        boolean hyphen = t.is(j, "-") && t.touchesPrevious(j) && t.touchesPrevious(j + 1) && t.isWord(j + 1);
        boolean glued = t.isWord(j) && t.touchesPrevious(j);
        if (!hyphen && !glued) {
            return null;
        }
        int w = hyphen ? j + 1 : j;
        Optional<PhraseTable.Hit<Measure>> measure = measureAt(t, w, head);
        if (measure.isPresent() && measure.get().next() == w + 1) {
            return new Tail(w + 1, t.end(w), null, measure.get().value(), null);
        }
        return lexicon.compoundSuffixOf(t.textAt(w))
            .map(suffix -> new Tail(w + 1, t.end(w), null, suffix.measure(), null))
            .orElse(null);
    }

    /**
     * "94,5 und 85,5 Metern", "18, 13 und neun Jahre": a number without a measure takes the
     * measure (and scale) of the list it opens.
     */
    private Tail sharedTail(Tokens t, int j) {
        if (!lexicon.isJoiner(t, j, "list")) {
            return null;
        }
        int k = j + 1;
        Optional<PhraseTable.Hit<FigureLexicon.Hedge>> hedge = lexicon.qualifiers.at(t, k);
        if (hedge.isPresent()) {
            k = hedge.get().next();
        }
        Head next = head(t, k);
        if (next == null || next.article()) {
            return null;
        }
        Tail tail = tail(t, next.last() + 1, next);
        if (tail.measure() != null) {
            return tail;
        }
        return tail.scale() == null ? sharedTail(t, tail.next()) : null;
    }

    private Mention mention(int start, int end, Head head, Head high, BigDecimal scale, Measure measure,
                            Integer denominator, Qualifier qualifier) {
        if (denominator != null) {
            return new Mention(start, end, FigureType.FRACTION, fraction(head.value(), denominator),
                high == null ? null : fraction(high.value(), denominator), null, qualifier);
        }
        BigDecimal factor = scale == null ? BigDecimal.ONE : scale;
        if (measure != null) {
            factor = factor.multiply(measure.factor());
        }
        FigureType type = measure == null ? FigureType.CARDINAL : measure.type();
        String unit = measure == null || type == FigureType.DURATION ? null : measure.unit();
        return new Mention(start, end, type, value(head.value().multiply(factor), measure),
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
