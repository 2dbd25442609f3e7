package org.wortlaut.figures;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wortlaut.model.FigureType;
import org.wortlaut.model.FigureValue;

/**
 * Clock times: "18:33", "11.40 Uhr", "um 19 Uhr", "gegen 10:30 Uhr" (approx, "gegen" in the
 * span), "von 6:00 bis 20:00 Uhr", "von 13:00 Uhr bis 18:00 Uhr" and "zwischen 8 und 10 Uhr"
 * (one range, "zwischen" in the span). A time-zone word after "Uhr" stays outside. "2:1" is a
 * score, not a time: minutes always have two digits.
 */
final class TimeMatcher extends LexiconRule {

    private static final Pattern CLOCK = Pattern.compile("([0-9]{1,2})([:.])([0-9]{2})");
    private static final int HOURS = 24;
    private static final int MINUTES = 60;

    /** Hour and minute, and whether the writing alone makes it a time ("18:33"). */
    private record Clock(int hour, int minute, boolean evident) {
        String iso() {
            return IsoDate.padded(hour, 2) + ":" + IsoDate.padded(minute, 2);
        }
    }

    TimeMatcher(FigureLexicon lexicon, GermanNumbers numbers, Hedges hedges) {
        super(lexicon, numbers, hedges);
    }

    @Override
    public Match match(ScannedSentence sentence, int i) {
        FigureTokens t = sentence.tokens();
        Optional<Clock> low = clock(t, i);
        if (low.isEmpty()) {
            return null;
        }
        int joiner = lexicon.clockWords.contains(t.textAt(i + 1)) ? i + 2 : i + 1;
        String closer = lexicon.rangeOpeners.get(t.textAt(i - 1));
        boolean opened = closer != null && t.is(joiner, closer);
        Optional<Clock> high = opened || lexicon.isJoiner(t, joiner, "range") ? clock(t, joiner + 1) : Optional.empty();
        int last = high.isPresent() ? joiner + 1 : i;
        boolean clockWord = lexicon.clockWords.contains(t.textAt(last + 1));
        boolean evident = low.get().evident() && high.map(Clock::evident).orElse(true);
        if (!clockWord && !evident) {
            return null;
        }
        int end = clockWord ? t.end(last + 1) : t.end(last);
        Hedges.Hedged hedged = opened && high.isPresent() ? new Hedges.Hedged(t.start(i - 1), null)
            : hedges.around(t, i, "time");
        return Match.of(new FoundFigure(hedged.start(), end, FigureType.TIME, FigureValue.iso(low.get().iso()),
            high.map(h -> FigureValue.iso(h.iso())).orElse(null), null, hedged.qualifier()),
            clockWord ? last + 2 : last + 1);
    }

    private Optional<Clock> clock(FigureTokens t, int i) {
        Matcher m = CLOCK.matcher(t.textAt(i));
        if (t.isNumber(i) && m.matches()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = Integer.parseInt(m.group(3));
            boolean valid = hour <= HOURS && minute < MINUTES;
            return valid ? Optional.of(new Clock(hour, minute, m.group(2).equals(":"))) : Optional.empty();
        }
        java.math.BigDecimal hour = t.isNumber(i) ? numbers.digits(t.textAt(i)) : wordValue(t.textAt(i));
        if (hour == null || hour.scale() > 0 || hour.compareTo(java.math.BigDecimal.valueOf(HOURS)) > 0
            || hour.signum() < 0) {
            return Optional.empty();
        }
        return Optional.of(new Clock(hour.intValue(), 0, false));
    }

    private java.math.BigDecimal wordValue(String word) {
        GermanNumbers.Word read = numbers.cardinal(word);
        return read == null ? null : read.value();
    }
}
