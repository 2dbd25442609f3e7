package org.wortlaut.figures;

import java.util.List;
import java.util.function.Supplier;

/**
 * Calendar dates, asked in this order: dates with a day, years with an era, decades, years and
 * year ranges (for digits); dates that start with a month, "am ersten Oktober", decade words (for
 * words). Words that place a date (am, bis, seit, Anfang) stay outside the span.
 */
final class DateMatcher {

    private final DayDates days;
    private final MonthDates months;
    private final YearDates years;

    DateMatcher(FigureLexicon lexicon, GermanNumbers numbers, Years yearRules) {
        days = new DayDates(lexicon, numbers, yearRules);
        months = new MonthDates(lexicon, yearRules);
        years = new YearDates(lexicon, numbers, yearRules);
    }

    Match match(SentenceView sentence, int i) {
        Tokens t = sentence.tokens();
        if (t.isNumber(i)) {
            return first(List.of(() -> days.numericDate(t, i), () -> days.dayList(t, i), () -> years.era(t, i),
                () -> years.decade(t, i), () -> years.yearOrRange(t, i)));
        }
        if (t.isWord(i)) {
            return first(List.of(() -> months.at(t, i), () -> days.ordinalWordDay(t, i), () -> years.decadeWord(t, i)));
        }
        return null;
    }

    private static Match first(List<Supplier<Match>> rules) {
        for (Supplier<Match> rule : rules) {
            Match match = rule.get();
            if (match != null) {
                return match;
            }
        }
        return null;
    }
}
