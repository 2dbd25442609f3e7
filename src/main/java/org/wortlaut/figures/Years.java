package org.wortlaut.figures;

import java.util.Optional;

/**
 * Decides whether a four-digit number is a year. It is none when an amount reading is plain: a
 * unit, currency or scale follows, a qualifier like "rund" stands before, or it is one end of a
 * change between counts ("von 2000 auf 15.000 Soldaten"). Otherwise it is a year after a year
 * word ("anno", "im Jahr") or before an era ("v. Chr."); years of the recent past and near future
 * (1900-2039) are years unless a determiner and a noun make them a count ("die 2000
 * Polizisten"); older ones unless a counted noun follows ("1500 Menschen").
 */
final class Years {

    static final int FIRST = 1000;
    static final int LAST = 2100;
    private static final int RECENT_FIRST = 1900;
    private static final int RECENT_LAST = 2039;

    private final FigureLexicon lexicon;
    private final GermanNumbers numbers;
    private final Hedges hedges;

    Years(FigureLexicon lexicon, GermanNumbers numbers, Hedges hedges) {
        this.lexicon = lexicon;
        this.numbers = numbers;
        this.hedges = hedges;
    }

    /** The year that token {@code i} spells as a four-digit number, whatever the context. */
    Optional<Integer> digits(FigureTokens tokens, int i) {
        String text = tokens.textAt(i);
        if (!tokens.isNumber(i) || text.length() != 4 || !text.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        int year = Integer.parseInt(text);
        return year >= FIRST && year <= LAST ? Optional.of(year) : Optional.empty();
    }

    /** Whether token {@code i} is a year in its context. */
    boolean isYear(FigureTokens tokens, int i) {
        Optional<Integer> year = digits(tokens, i);
        if (year.isEmpty() || measured(tokens, i + 1) || hedged(tokens, i) || changesToCount(tokens, i)) {
            return false;
        }
        if (lexicon.yearContext.contains(tokens.textAt(i - 1)) || lexicon.eras.containsAt(tokens, i + 1)) {
            return true;
        }
        boolean recent = year.get() >= RECENT_FIRST && year.get() <= RECENT_LAST;
        return recent ? !counts(tokens, i) : !tokens.isCapitalized(i + 1);
    }

    /** "die 2000 Polizisten": a determiner before and a noun after make it a count. */
    private boolean counts(FigureTokens tokens, int i) {
        return lexicon.countContext.contains(tokens.textAt(i - 1)) && tokens.isCapitalized(i + 1);
    }

    private boolean measured(FigureTokens tokens, int next) {
        return lexicon.units.containsAt(tokens, next) || lexicon.currencies.containsAt(tokens, next)
            || lexicon.scales.containsAt(tokens, next) || lexicon.durations.containsAt(tokens, next);
    }

    private boolean hedged(FigureTokens tokens, int i) {
        return hedges.before(tokens, i, 0, "amount")
            .filter(found -> !lexicon.yearContext.contains(tokens.textAt(found.first())))
            .isPresent();
    }

    /** "2000 auf rund 15.000": a joiner leads to a number that is no year. */
    private boolean changesToCount(FigureTokens tokens, int i) {
        if (lexicon.yearContext.contains(tokens.textAt(i - 1))) {
            return false;
        }
        int next = Math.max(lexicon.afterJoiner(tokens, i + 1, "list"), lexicon.afterJoiner(tokens, i + 1, "range"));
        if (next < 0) {
            return false;
        }
        while (tokens.has(next) && lexicon.qualifiers.containsAt(tokens, next)) {
            next = lexicon.qualifiers.at(tokens, next).get().next();
        }
        return tokens.isNumber(next) && numbers.digits(tokens.textAt(next)) != null && digits(tokens, next).isEmpty();
    }
}
