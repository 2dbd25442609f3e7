package org.wortlaut.figures;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads numbers as German writes them: digits with a period between thousands and a comma
 * before decimals ("12.000", "3,2", "62.595,00"), and number words ("dreiundvierzig",
 * "zweieinhalb", "anderthalb", "ersten"). Thread-safe.
 */
final class GermanNumbers {

    /** A number word: its value, whether it is an ordinal, and whether it is the article "ein". */
    record Word(BigDecimal value, boolean ordinal, boolean article) {
    }

    private static final Pattern THOUSANDS = Pattern.compile("[0-9]{1,3}(?:\\.[0-9]{3})+(?:,[0-9]+)?");
    private static final Pattern PLAIN = Pattern.compile("[0-9]+(?:,[0-9]+)?");
    /** Thousands may also be set apart by a no-break or thin space: "10 000". */
    private static final Pattern SPACED = Pattern.compile("[0-9]{1,3}(?:[\\u00A0\\u202F\\u2009][0-9]{3})+(?:,[0-9]+)?");
    private static final Pattern GROUP_SEPARATOR = Pattern.compile("[.\\u00A0\\u202F\\u2009]");
    /** "zweieinhalb" is two and a half: the ending adds a half to the number before it. */
    private static final String AND_A_HALF = "einhalb";
    private static final int LONGEST_ARTICLE = 5;

    private final SpelledNumbers spelled = new SpelledNumbers();
    private final Map<String, BigDecimal> extraWords;

    GermanNumbers(Map<String, BigDecimal> extraWords) {
        this.extraWords = extraWords;
    }

    /** The value of a digit token in German format, or null when it is no plain number (a date, a time). */
    BigDecimal digits(String token) {
        if (THOUSANDS.matcher(token).matches() || PLAIN.matcher(token).matches() || SPACED.matcher(token).matches()) {
            return new BigDecimal(GROUP_SEPARATOR.matcher(token).replaceAll("").replace(',', '.'));
        }
        return null;
    }

    /** A cardinal or ordinal number word, or null. */
    Word word(String word) {
        String lower = word.toLowerCase(Locale.GERMAN);
        BigDecimal extra = extraWords.get(lower) != null ? extraWords.get(lower) : extraWords.get(word);
        if (extra != null) {
            return new Word(extra, false, false);
        }
        if (lower.endsWith(AND_A_HALF) && lower.length() > AND_A_HALF.length()) {
            Word whole = word(lower.substring(0, lower.length() - AND_A_HALF.length()));
            return whole == null || whole.ordinal() ? null : new Word(whole.value().add(Fractions.HALF), false, false);
        }
        SpelledNumbers.Reading reading = spelled.read(lower);
        if (reading == null) {
            return null;
        }
        boolean article = reading.value() == 1 && !reading.ordinal() && lower.startsWith("ein")
            && lower.length() <= LONGEST_ARTICLE && !lower.equals("eins");
        return new Word(BigDecimal.valueOf(reading.value()), reading.ordinal(), article);
    }

    /** A cardinal number word (not an ordinal), or null. */
    Word cardinal(String word) {
        Word read = word(word);
        return read != null && !read.ordinal() ? read : null;
    }

    /** An ordinal number word ("dritten", "Achte"), or null. */
    Word ordinal(String word) {
        Word read = word(word);
        return read != null && read.ordinal() ? read : null;
    }

    /** The stem of an ordinal ("dritt" for 3), for compounds like "drittplatzierte". */
    String ordinalStem(long value) {
        return spelled.ordinalStem(value);
    }
}
