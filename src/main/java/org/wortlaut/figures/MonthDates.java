package org.wortlaut.figures;

import java.util.Optional;

/**
 * Dates that start with a month name: "April 2022", "Januar bis September 2010", "von Januar bis
 * März", and a bare month after a placing word ("im Juni", "Anfang März": only the month is the
 * span).
 */
final class MonthDates {

    private final FigureLexicon lexicon;
    private final Years years;

    MonthDates(FigureLexicon lexicon, Years years) {
        this.lexicon = lexicon;
        this.years = years;
    }

    /** "April 2022", "Januar bis September 2010", or a bare month after "im", "Anfang", … */
    Match at(FigureTokens t, int i) {
        Optional<PhraseTable.Hit<Integer>> month = lexicon.months.at(t, i);
        if (month.isEmpty()) {
            return null;
        }
        int after = month.get().next();
        Optional<Integer> year = years.digits(t, after);
        if (year.isPresent()) {
            String iso = IsoDate.of(year.get(), month.get().value(), null);
            return Match.of(FoundFigure.date(t.start(i), t.end(after), iso), after + 1);
        }
        boolean placed = isPlaced(t, i, month.get());
        Match range = monthRange(t, i, month.get(), placed);
        if (range != null) {
            return range;
        }
        String bare = IsoDate.of(null, month.get().value(), null);
        return placed ? Match.of(FoundFigure.date(t.start(i), t.end(after - 1), bare), after)
            : null;
    }

    /**
     * Whether a month name without day or year is a date: after a placing word ("im Juni",
     * "Anfang März") or as the next of a list of months ("im Mai und Juni"). Abbreviations alone
     * are not.
     */
    private boolean isPlaced(FigureTokens t, int i, PhraseTable.Hit<Integer> month) {
        if (month.next() - i > 1) {
            return false;
        }
        boolean listed = lexicon.isJoiner(t, i - 1, "list") && lexicon.months.endingBefore(t, i - 1, 0).isPresent();
        return lexicon.monthContext.contains(t.textAt(i - 1)) || listed;
    }

    /** "Januar bis September 2010" (both months take the year), "von Januar bis März". */
    private Match monthRange(FigureTokens t, int i, PhraseTable.Hit<Integer> low, boolean placed) {
        if (!lexicon.isJoiner(t, low.next(), "range")) {
            return null;
        }
        Optional<PhraseTable.Hit<Integer>> high = lexicon.months.at(t, low.next() + 1);
        if (high.isEmpty()) {
            return null;
        }
        Optional<Integer> year = years.digits(t, high.get().next());
        if (year.isEmpty() && !placed) {
            return null;
        }
        int last = year.isPresent() ? high.get().next() : high.get().next() - 1;
        Integer y = year.orElse(null);
        return Match.of(FoundFigure.dateRange(t.start(i), t.end(last), IsoDate.of(y, low.value(), null),
            IsoDate.of(y, high.get().value(), null)), last + 1);
    }
}
