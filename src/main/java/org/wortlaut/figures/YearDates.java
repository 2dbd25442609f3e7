package org.wortlaut.figures;

import java.util.Locale;
import java.util.Optional;

/**
 * Years and what is built on them: ranges ("1981 bis 1987", "2006/2007", "zwischen 1997 und
 * 2001"), years with an era ("2500 v. Chr." is the astronomical year -2499) and decades
 * ("siebziger Jahren", "70er Jahre", "1940-er Jahren" are 197, 197, 194).
 */
final class YearDates {

    private static final String DECADE_ENDING = "er";
    private static final String DECADE_WORD_ENDING = "ziger";
    /** "2006/2007", "2006/07": a season or a pair of years. */
    private static final String YEAR_PAIR = "/";
    /** Beyond this, "v. Chr." dates prehistory in years ago rather than calendar years. */
    private static final java.math.BigDecimal OLDEST_YEAR = java.math.BigDecimal.valueOf(100_000);

    private final FigureLexicon lexicon;
    private final GermanNumbers numbers;
    private final Years years;

    YearDates(FigureLexicon lexicon, GermanNumbers numbers, Years years) {
        this.lexicon = lexicon;
        this.numbers = numbers;
        this.years = years;
    }

    /** "2500 v. Chr." is the astronomical year -2499. */
    Match era(FigureTokens t, int i) {
        java.math.BigDecimal value = numbers.digits(t.textAt(i));
        Optional<PhraseTable.Hit<String>> era = lexicon.eras.at(t, i + 1);
        if (value == null || era.isEmpty() || value.scale() > 0 || value.compareTo(OLDEST_YEAR) > 0) {
            return null;
        }
        int year = value.intValueExact();
        int astronomical = era.get().value().equals("BC") ? 1 - year : year;
        int end = t.end(era.get().next() - 1);
        return Match.of(FoundFigure.date(t.start(i), end, IsoDate.year(astronomical)), era.get().next());
    }

    /**
     * "70er Jahre", "1970er", "1940-er Jahren", "80er-Jahre", "in den 90ern": the decade is written
     * as its first three digits. "20er-Karten" is a compound and no decade.
     */
    Match decade(FigureTokens t, int i) {
        String digits = t.textAt(i);
        int suffix = t.is(i + 1, "-") && t.touchesPrevious(i + 1) ? i + 2 : i + 1;
        boolean suffixed = t.isWord(suffix) && t.touchesPrevious(suffix)
            && t.textAt(suffix).toLowerCase(Locale.GERMAN).startsWith(DECADE_ENDING)
            && t.textAt(suffix).length() <= DECADE_ENDING.length() + 1;
        if (!suffixed || !digits.endsWith("0") || (digits.length() != 2 && digits.length() != 4)) {
            return null;
        }
        String decade = digits.length() == 2 ? "19" + digits.charAt(0) : digits.substring(0, 3);
        boolean hyphenated = t.is(suffix + 1, "-") && t.touchesPrevious(suffix + 1);
        int noun = hyphenated ? suffix + 2 : suffix + 1;
        int last = lexicon.decadeNouns.contains(t.textAt(noun)) ? noun : suffix;
        boolean compound = hyphenated && last == suffix;
        if (compound || digits.length() == 2 && last == suffix && !lexicon.decadeArticles.contains(t.textAt(i - 1))) {
            return null;
        }
        return Match.of(FoundFigure.date(t.start(i), t.end(last), decade), last + 1);
    }

    /** "siebziger Jahren" is DATE 197. */
    Match decadeWord(FigureTokens t, int i) {
        String lower = t.textAt(i).toLowerCase(Locale.GERMAN);
        if (!lower.endsWith(DECADE_WORD_ENDING) || !lexicon.decadeNouns.contains(t.textAt(i + 1))) {
            return null;
        }
        GermanNumbers.Word tens = numbers.cardinal(lower.substring(0, lower.length() - DECADE_ENDING.length()));
        if (tens == null || tens.value().intValue() % 10 != 0 || tens.value().intValue() >= 100) {
            return null;
        }
        return Match.of(FoundFigure.date(t.start(i), t.end(i + 1), "19" + tens.value().intValue() / 10), i + 2);
    }

    /** A year, a range of years, or nothing when the number is no year. */
    Match yearOrRange(FigureTokens t, int i) {
        if (!years.isYear(t, i)) {
            return null;
        }
        int low = years.digits(t, i).get();
        String closer = lexicon.rangeOpeners.get(t.textAt(i - 1));
        if (closer != null && t.is(i + 1, closer) && years.digits(t, i + 2).filter(h -> h > low).isPresent()) {
            return Match.of(yearRange(t.start(i - 1), t.end(i + 2), low, years.digits(t, i + 2).get()), i + 3);
        }
        boolean joined = lexicon.isJoiner(t, i + 1, "range") || t.is(i + 1, YEAR_PAIR);
        Optional<Integer> high = joined ? secondYear(t, i + 2, low) : Optional.empty();
        if (high.isPresent()) {
            return Match.of(yearRange(t.start(i), t.end(i + 2), low, high.get()), i + 3);
        }
        return Match.of(FoundFigure.date(t.start(i), t.end(i), IsoDate.year(low)), i + 1);
    }

    /** The high end of a year range: a full year, or "07" after "2006/" or "2005–". */
    private Optional<Integer> secondYear(FigureTokens t, int i, int low) {
        Optional<Integer> full = years.digits(t, i);
        if (full.isEmpty() && t.isNumber(i) && t.textAt(i).length() == 2) {
            full = Optional.of(low / 100 * 100 + Integer.parseInt(t.textAt(i)));
        }
        return full.filter(high -> high > low);
    }

    private static FoundFigure yearRange(int start, int end, int low, int high) {
        return FoundFigure.dateRange(start, end, IsoDate.year(low), IsoDate.year(high));
    }
}
