package org.wortlaut.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wortlaut.model.FigureType;
import org.wortlaut.model.FigureValue;

/**
 * Calendar dates: "04.11.2023", "20.06.", "4. November 2023", "24. und 25. September",
 * "am ersten Oktober", "April 2022", "im Juni", years and year ranges ("1981 bis 1987",
 * "2006/2007", "zwischen 1997 und 2001"), years with an era ("2500 v. Chr.") and decades
 * ("siebziger Jahren" is 197). Words that place a date (am, bis, seit, Anfang) stay outside.
 */
final class DateMatcher {

    private static final Pattern FULL = Pattern.compile("([0-9]{1,2})\\.([0-9]{1,2})\\.([0-9]{4}|[0-9]{2})");
    private static final Pattern DAY_MONTH = Pattern.compile("([0-9]{1,2})\\.([0-9]{1,2})");
    private static final int CENTURY_PIVOT = 40;
    private static final String DECADE_ENDING = "er";
    private static final String DECADE_WORD_ENDING = "ziger";
    /** "2006/2007", "2006/07": a season or a pair of years. */
    private static final String YEAR_PAIR = "/";

    private final FigureLexicon lexicon;
    private final GermanNumbers numbers;
    private final Years years;

    DateMatcher(FigureLexicon lexicon, GermanNumbers numbers, Years years) {
        this.lexicon = lexicon;
        this.numbers = numbers;
        this.years = years;
    }

    Match match(SentenceView sentence, int i) {
        Tokens t = sentence.tokens();
        if (t.isNumber(i)) {
            return first(numericDate(t, i), dayList(t, i), era(t, i), decade(t, i), yearOrRange(t, i));
        }
        if (t.isWord(i)) {
            return first(monthFirst(t, i), ordinalWordDay(t, i), decadeWord(t, i));
        }
        return null;
    }

    private static Match first(Match... candidates) {
        for (Match m : candidates) {
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** "04.11.2023", "20.06." (the final period belongs to it). */
    private Match numericDate(Tokens t, int i) {
        Matcher full = FULL.matcher(t.textAt(i));
        if (full.matches()) {
            String iso = IsoDate.of(fullYear(full.group(3)), num(full.group(2)), num(full.group(1)));
            return iso == null ? null : Match.of(date(t.start(i), t.end(i), iso), i + 1);
        }
        Matcher dayMonth = DAY_MONTH.matcher(t.textAt(i));
        if (dayMonth.matches() && !(t.is(i + 1, ".") && t.touchesPrevious(i + 1))) {
            return paddedDayMonth(t, i, dayMonth);
        }
        if (dayMonth.matches()) {
            Optional<Integer> year = years.digits(t, i + 2);
            int last = year.isPresent() ? i + 2 : i + 1;
            String iso = IsoDate.of(year.orElse(null), num(dayMonth.group(2)), num(dayMonth.group(1)));
            return iso == null ? null : Match.of(date(t.start(i), t.end(last), iso), last + 1);
        }
        return null;
    }

    /**
     * "(26.06)": without its final period a day and month count only with both parts in two
     * digits, as no number is written so.
     */
    private Match paddedDayMonth(Tokens t, int i, Matcher dayMonth) {
        if (dayMonth.group(1).length() != 2 || dayMonth.group(2).length() != 2 || measuredAfter(t, i + 1)) {
            return null;
        }
        String iso = IsoDate.of(null, num(dayMonth.group(2)), num(dayMonth.group(1)));
        return iso == null ? null : Match.of(date(t.start(i), t.end(i), iso), i + 1);
    }

    private boolean measuredAfter(Tokens t, int j) {
        return lexicon.units.containsAt(t, j) || lexicon.currencies.containsAt(t, j)
            || lexicon.clockWords.contains(t.textAt(j));
    }

    /** "4. November 2023", "am 24. und 25. September", "vom 3. bis 5. Mai". */
    private Match dayList(Tokens t, int i) {
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

    private Match dayListMentions(Tokens t, List<Integer> days, boolean range, PhraseTable.Hit<Integer> month) {
        Optional<Integer> year = years.digits(t, month.next());
        int end = year.isPresent() ? t.end(month.next()) : t.end(month.next() - 1);
        int next = year.isPresent() ? month.next() + 1 : month.next();
        Integer y = year.orElse(null);
        int last = days.get(days.size() - 1);
        if (range && days.size() == 2) {
            String low = IsoDate.of(y, month.value(), num(t.textAt(days.get(0))));
            String high = IsoDate.of(y, month.value(), num(t.textAt(last)));
            return low == null || high == null ? null : Match.of(new Mention(t.start(days.get(0)),
                end, FigureType.DATE, FigureValue.iso(low), FigureValue.iso(high), null, null), next);
        }
        List<Mention> mentions = new ArrayList<>();
        for (int day : days) {
            String iso = IsoDate.of(y, month.value(), num(t.textAt(day)));
            if (iso == null) {
                return null;
            }
            mentions.add(date(t.start(day), day == last ? end : t.end(day + 1), iso));
        }
        return new Match(mentions, next);
    }

    private boolean isDayOrdinal(Tokens t, int i) {
        String text = t.textAt(i);
        return t.isNumber(i) && text.length() <= 2 && text.chars().allMatch(Character::isDigit)
            && num(text) >= 1 && num(text) <= 31 && t.is(i + 1, ".") && t.touchesPrevious(i + 1);
    }

    /** "2500 v. Chr." is the astronomical year -2499. */
    private Match era(Tokens t, int i) {
        java.math.BigDecimal value = numbers.digits(t.textAt(i));
        Optional<PhraseTable.Hit<String>> era = lexicon.eras.at(t, i + 1);
        if (value == null || era.isEmpty() || value.scale() > 0) {
            return null;
        }
        int year = value.intValueExact();
        int astronomical = era.get().value().equals("BC") ? 1 - year : year;
        return Match.of(date(t.start(i), t.end(era.get().next() - 1), IsoDate.year(astronomical)), era.get().next());
    }

    /** "70er Jahre", "1970er", "1940-er Jahren": the decade is written as its first three digits. */
    private Match decade(Tokens t, int i) {
        String digits = t.textAt(i);
        int suffix = t.is(i + 1, "-") && t.touchesPrevious(i + 1) ? i + 2 : i + 1;
        boolean suffixed = t.isWord(suffix) && t.touchesPrevious(suffix)
            && t.textAt(suffix).toLowerCase(Locale.GERMAN).startsWith(DECADE_ENDING)
            && t.textAt(suffix).length() <= DECADE_ENDING.length() + 1;
        if (!suffixed || !digits.endsWith("0") || (digits.length() != 2 && digits.length() != 4)) {
            return null;
        }
        String decade = digits.length() == 2 ? "19" + digits.charAt(0) : digits.substring(0, 3);
        int last = lexicon.decadeNouns.contains(t.textAt(suffix + 1)) ? suffix + 1 : suffix;
        if (digits.length() == 2 && last == suffix) {
            return null;
        }
        return Match.of(date(t.start(i), t.end(last), decade), last + 1);
    }

    /** "siebziger Jahren" is DATE 197. */
    private Match decadeWord(Tokens t, int i) {
        String lower = t.textAt(i).toLowerCase(Locale.GERMAN);
        if (!lower.endsWith(DECADE_WORD_ENDING) || !lexicon.decadeNouns.contains(t.textAt(i + 1))) {
            return null;
        }
        GermanNumbers.Word tens = numbers.cardinal(lower.substring(0, lower.length() - DECADE_ENDING.length()));
        if (tens == null || tens.value().intValue() % 10 != 0 || tens.value().intValue() >= 100) {
            return null;
        }
        return Match.of(date(t.start(i), t.end(i + 1), "19" + tens.value().intValue() / 10), i + 2);
    }

    /** A year, a range of years, or nothing when the number is no year. */
    private Match yearOrRange(Tokens t, int i) {
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
        return Match.of(date(t.start(i), t.end(i), IsoDate.year(low)), i + 1);
    }

    /** The high end of a year range: a full year, or "07" after "2006/" or "2005–". */
    private Optional<Integer> secondYear(Tokens t, int i, int low) {
        Optional<Integer> full = years.digits(t, i);
        if (full.isEmpty() && t.isNumber(i) && t.textAt(i).length() == 2) {
            full = Optional.of(low / 100 * 100 + num(t.textAt(i)));
        }
        return full.filter(high -> high > low);
    }

    /** "April 2022", "Januar bis September 2010", or a bare month after "im", "Anfang", … */
    private Match monthFirst(Tokens t, int i) {
        Optional<PhraseTable.Hit<Integer>> month = lexicon.months.at(t, i);
        if (month.isEmpty()) {
            return null;
        }
        int after = month.get().next();
        Optional<Integer> year = years.digits(t, after);
        if (year.isPresent()) {
            return Match.of(date(t.start(i), t.end(after), IsoDate.of(year.get(), month.get().value(), null)), after + 1);
        }
        boolean placed = isPlaced(t, i, month.get());
        Match range = monthRange(t, i, month.get(), placed);
        if (range != null) {
            return range;
        }
        return placed ? Match.of(date(t.start(i), t.end(after - 1), IsoDate.of(null, month.get().value(), null)), after)
            : null;
    }

    /**
     * Whether a month name without day or year is a date: after a placing word ("im Juni",
     * "Anfang März") or as the next of a list of months ("im Mai und Juni"). Abbreviations alone
     * are not.
     */
    private boolean isPlaced(Tokens t, int i, PhraseTable.Hit<Integer> month) {
        if (month.next() - i > 1) {
            return false;
        }
        boolean listed = lexicon.isJoiner(t, i - 1, "list") && lexicon.months.endingBefore(t, i - 1, 0).isPresent();
        return lexicon.monthContext.contains(t.textAt(i - 1)) || listed;
    }

    /** "Januar bis September 2010" (both months take the year), "von Januar bis März". */
    private Match monthRange(Tokens t, int i, PhraseTable.Hit<Integer> low, boolean placed) {
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
        return Match.of(new Mention(t.start(i), t.end(last), FigureType.DATE,
            FigureValue.iso(IsoDate.of(y, low.value(), null)),
            FigureValue.iso(IsoDate.of(y, high.get().value(), null)), null, null), last + 1);
    }

    /** "am ersten Oktober" is --10-01. */
    private Match ordinalWordDay(Tokens t, int i) {
        GermanNumbers.Word day = numbers.ordinal(t.textAt(i));
        Optional<PhraseTable.Hit<Integer>> month = lexicon.months.at(t, i + 1);
        if (day == null || month.isEmpty() || day.value().intValue() > 31) {
            return null;
        }
        Optional<Integer> year = years.digits(t, month.get().next());
        int last = year.isPresent() ? month.get().next() : month.get().next() - 1;
        String iso = IsoDate.of(year.orElse(null), month.get().value(), day.value().intValue());
        return iso == null ? null : Match.of(date(t.start(i), t.end(last), iso), last + 1);
    }

    private static Mention date(int start, int end, String iso) {
        return Mention.of(start, end, FigureType.DATE, FigureValue.iso(iso));
    }

    private static Mention yearRange(int start, int end, int low, int high) {
        return new Mention(start, end, FigureType.DATE, FigureValue.iso(IsoDate.year(low)),
            FigureValue.iso(IsoDate.year(high)), null, null);
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
