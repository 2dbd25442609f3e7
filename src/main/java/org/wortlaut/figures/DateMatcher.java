package org.wortlaut.figures;

import java.util.List;

/**
 * Calendar dates, asked in this order: dates with a day, years with an era, decades, years and
 * year ranges (for digits); dates that start with a month, "am ersten Oktober", decade words (for
 * words). Words that place a date (am, bis, seit, Anfang) stay outside the span.
 */
final class DateMatcher implements Rule {

    private final List<Rule> digitRules;
    private final List<Rule> wordRules;

    DateMatcher(FigureLexicon lexicon, GermanNumbers numbers, Years yearRules) {
        DayDates days = new DayDates(lexicon, numbers, yearRules);
        MonthDates months = new MonthDates(lexicon, yearRules);
        YearDates years = new YearDates(lexicon, numbers, yearRules);
        digitRules = List.of((s, i) -> days.numericDate(s.tokens(), i), (s, i) -> days.dayList(s.tokens(), i),
            (s, i) -> years.era(s.tokens(), i), (s, i) -> years.decade(s.tokens(), i),
            (s, i) -> years.yearOrRange(s.tokens(), i));
        wordRules = List.of((s, i) -> months.at(s.tokens(), i), (s, i) -> days.ordinalWordDay(s.tokens(), i),
            (s, i) -> years.decadeWord(s.tokens(), i));
    }

    @Override
    public Match match(ScannedSentence sentence, int i) {
        FigureTokens t = sentence.tokens();
        if (t.isNumber(i)) {
            return Rule.first(digitRules, sentence, i);
        }
        return t.isWord(i) ? Rule.first(wordRules, sentence, i) : null;
    }
}
