package org.wortlaut.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates with a day: "04.11.2023", "20.06.", "(26.06)", "4. November 2023", "am 24. und 25.
 * September" (one mention per day, all with the month), "vom 3. bis 5. Mai" (a range) and
 * "am ersten Oktober".
 */
final class DayDates {

    private static final Pattern FULL = Pattern.compile("([0-9]{1,2})\\.([0-9]{1,2})\\.([0-9]{4}|[0-9]{2})");
    private static final Pattern DAY_MONTH = Pattern.compile("([0-9]{1,2})\\.([0-9]{1,2})");
    /** Two-digit years below it are in this century ("04.11.23"), others in the last. */
    private static final int CENTURY_PIVOT = 40;
    private static final int LAST_DAY = 31;

    private final FigureLexicon lexicon;
    private final GermanNumbers numbers;
    private final Years years;

    DayDates(FigureLexicon lexicon, GermanNumbers numbers, Years years) {
        this.lexicon = lexicon;
        this.numbers = numbers;
        this.years = years;
    }

    /** "04.11.2023", "20.06." (the final period belongs to it). */
    Match numericDate(FigureTokens t, int i) {
        Matcher full = FULL.matcher(t.textAt(i));
        if (full.matches()) {
            String iso = IsoDate.of(fullYear(full.group(3)), num(full.group(2)), num(full.group(1)));
            return iso == null ? null : Match.of(FoundFigure.date(t.start(i), t.end(i), iso), i + 1);
        }
        Matcher dayMonth = DAY_MONTH.matcher(t.textAt(i));
        if (dayMonth.matches() && !(t.is(i + 1, ".") && t.touchesPrevious(i + 1))) {
            return paddedDayMonth(t, i, dayMonth);
        }
        if (dayMonth.matches()) {
            Optional<Integer> year = years.digits(t, i + 2);
            int last = year.isPresent() ? i + 2 : i + 1;
            String iso = IsoDate.of(year.orElse(null), num(dayMonth.group(2)), num(dayMonth.group(1)));
            return iso == null ? null : Match.of(FoundFigure.date(t.start(i), t.end(last), iso), last + 1);
        }
        return null;
    }

    /**
     * "(26.06)": without its final period a day and month count only with both parts in two
     * digits, as no number is written so.
     */
    private Match paddedDayMonth(FigureTokens t, int i, Matcher dayMonth) {
        if (dayMonth.group(1).length() != 2 || dayMonth.group(2).length() != 2 || measuredAfter(t, i + 1)) {
            return null;
        }
        String iso = IsoDate.of(null, num(dayMonth.group(2)), num(dayMonth.group(1)));
        return iso == null ? null : Match.of(FoundFigure.date(t.start(i), t.end(i), iso), i + 1);
    }

    private boolean measuredAfter(FigureTokens t, int j) {
        return lexicon.units.containsAt(t, j) || lexicon.currencies.containsAt(t, j)
            || lexicon.clockWords.contains(t.textAt(j));
    }

    /** "4. November 2023", "am 24. und 25. September", "vom 3. bis 5. Mai". */
    Match dayList(FigureTokens t, int i) {
        List<Integer> days = new ArrayList<>();
        boolean range = false;
        int j = i;
        while (isDayOrdinal(t, j)) {
            days.add(j);
            int after = j + 2;
            Optional<PhraseTable.Hit<Integer>> month = lexicon.months.at(t, after);
            if (month.isPresent()) {
                return dayListMentions(t, days, range, month.get());
            }
            Optional<PhraseTable.Hit<String>> joiner = lexicon.joiners.at(t, after);
            if (joiner.isEmpty()) {
                return null;
            }
            range |= joiner.get().value().equals("range");
            j = joiner.get().next();
        }
        return null;
    }

    private Match dayListMentions(FigureTokens t, List<Integer> days, boolean range, PhraseTable.Hit<Integer> month) {
        Optional<Integer> year = years.digits(t, month.next());
        int end = year.isPresent() ? t.end(month.next()) : t.end(month.next() - 1);
        int next = year.isPresent() ? month.next() + 1 : month.next();
        Integer y = year.orElse(null);
        int last = days.get(days.size() - 1);
        if (range && days.size() == 2) {
            String low = IsoDate.of(y, month.value(), num(t.textAt(days.get(0))));
            String high = IsoDate.of(y, month.value(), num(t.textAt(last)));
            if (low == null || high == null) {
                return null;
            }
            return Match.of(FoundFigure.dateRange(t.start(days.get(0)), end, low, high), next);
        }
        List<FoundFigure> mentions = new ArrayList<>();
        for (int day : days) {
            String iso = IsoDate.of(y, month.value(), num(t.textAt(day)));
            if (iso == null) {
                return null;
            }
            mentions.add(FoundFigure.date(t.start(day), day == last ? end : t.end(day + 1), iso));
        }
        return new Match(mentions, next);
    }

    private boolean isDayOrdinal(FigureTokens t, int i) {
        String text = t.textAt(i);
        return t.isNumber(i) && text.length() <= 2 && text.chars().allMatch(Character::isDigit)
            && num(text) >= 1 && num(text) <= LAST_DAY && t.is(i + 1, ".") && t.touchesPrevious(i + 1);
    }

    /** "am ersten Oktober" is --10-01. */
    Match ordinalWordDay(FigureTokens t, int i) {
        GermanNumbers.Word day = numbers.ordinal(t.textAt(i));
        Optional<PhraseTable.Hit<Integer>> month = lexicon.months.at(t, i + 1);
        if (day == null || month.isEmpty() || day.value().intValue() > LAST_DAY) {
            return null;
        }
        Optional<Integer> year = years.digits(t, month.get().next());
        int last = year.isPresent() ? month.get().next() : month.get().next() - 1;
        String iso = IsoDate.of(year.orElse(null), month.get().value(), day.value().intValue());
        return iso == null ? null : Match.of(FoundFigure.date(t.start(i), t.end(last), iso), last + 1);
    }

    private static int fullYear(String digits) {
        int year = num(digits);
        if (digits.length() == 4) {
            return year;
        }
        return year < CENTURY_PIVOT ? 2000 + year : 1900 + year;
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }
}
