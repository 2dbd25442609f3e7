package org.wortlaut.figures;

import java.util.Locale;

/**
 * Numbers that name or identify something rather than count it: after a naming word
 * ("Paragraf 218", "Boeing 747", "Nr. 5"), glued to letters ("A380", "G7", "5G"), after a word
 * and a hyphen ("COVID-19", "Shenzhou-7"), and telephone numbers (a leading zero or plus sign).
 */
final class Identifiers {

    private static final int SHORTEST_PHONE_GROUP = 2;
    private static final String CLOSING_QUOTES = "“”\"«»’'";
    /** Naming words this long also end compounds ("Sicherheitsratsresolution 1701"). */
    private static final int SHORTEST_COMPOUND_HEAD = 5;
    /** What only web addresses and file names contain. */
    private static final java.util.List<String> ADDRESS_MARKS = java.util.List.of("://", "www.", "_", "@");

    private final FigureLexicon lexicon;

    Identifiers(FigureLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Whether the number token {@code i} is (part of) an identifier. */
    boolean isIdentifier(FigureTokens t, int i) {
        return afterNamingWord(t, i) || gluedToLetters(t, i) || afterWordAndHyphen(t, i) || phoneLike(t, i)
            || insideAddress(t, i) || isScore(t, i) || isListMarker(t, i)
            || !isYearLike(t, i) && (afterAcronym(t, i) || endsQuotedName(t, i));
    }

    /**
     * "2 : 1", "(1 : 0)": a score written with spaces (without, "2:1" is one token and no
     * number); "2001: 35,2 %" is a label and a value.
     */
    private static boolean isScore(FigureTokens t, int i) {
        return isGoals(t, i) && (t.is(i + 1, ":") && isGoals(t, i + 2) || t.is(i - 1, ":") && isGoals(t, i - 2));
    }

    /**
     * "5) Die Stadt muss sparen", "Ziele: 1) sparen, 2) investieren": a small number closed by a
     * bracket that none opened, first in the sentence or after a colon, comma or semicolon, numbers
     * an item of a list. "(32)" and "(Stand: 12)" stay counts.
     */
    private static boolean isListMarker(FigureTokens t, int i) {
        boolean closed = t.is(i + 1, ")") && t.touchesPrevious(i + 1);
        boolean itemStart = i == 0 || t.is(i - 1, ":") || t.is(i - 1, ",") || t.is(i - 1, ";");
        return closed && itemStart && isGoals(t, i) && !insideBrackets(t, i);
    }

    private static boolean insideBrackets(FigureTokens t, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (t.is(j, ")")) {
                return false;
            }
            if (t.is(j, "(")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isGoals(FigureTokens t, int i) {
        String text = t.textAt(i);
        return t.isNumber(i) && text.length() <= 2 && text.chars().allMatch(Character::isDigit);
    }

    /**
     * "NH 90", "ATR 72": a plain number after an acronym names a model; "ESPASA 175.000 Seiten"
     * and "zählt EY 36 Konzerne" count.
     */
    private boolean afterAcronym(FigureTokens t, int i) {
        String before = t.textAt(i - 1);
        boolean acronym = t.isWord(i - 1) && before.length() >= 2 && before.equals(before.toUpperCase(Locale.ROOT))
            && before.chars().allMatch(Character::isLetter);
        boolean plain = t.textAt(i).chars().allMatch(Character::isDigit);
        return acronym && plain && !measured(t, i + 1) && !t.isCapitalized(i + 1);
    }

    /** „Polar 4“, „Christoph 29“: a number that closes a quoted name after a capitalised word. */
    private boolean endsQuotedName(FigureTokens t, int i) {
        return t.isCapitalized(i - 1) && t.has(i + 1) && t.touchesPrevious(i + 1)
            && CLOSING_QUOTES.indexOf(t.textAt(i + 1).charAt(0)) >= 0;
    }

    /** Years stay dates even in titles and event names ("EM 2008", „Linke Gewalt in Berlin 2009-2013“). */
    private static boolean isYearLike(FigureTokens t, int i) {
        String text = t.textAt(i);
        return text.length() == 4 && text.chars().allMatch(Character::isDigit) && text.charAt(0) >= '1'
            && text.charAt(0) <= '2';
    }

    /** The token after an identifier and the digit groups that continue it ("0221 / 12 34 56", "767-300"). */
    int skip(FigureTokens t, int i) {
        int j = i + 1;
        while (t.isNumber(j) && (phoneLike(t, i) || t.touchesPrevious(j))
            || (t.is(j, "/") || t.is(j, "-")) && t.isNumber(j + 1) && (phoneLike(t, i) || t.touchesPrevious(j))) {
            j++;
        }
        return j;
    }

    /** "Paragraf 218", "Nummer eins", "Sicherheitsratsresolution 1701". */
    boolean afterNamingWord(FigureTokens t, int i) {
        String before = t.textAt(i - 1);
        if (before.equals(".") && t.touchesPrevious(i - 1)) {
            before = t.textAt(i - 2);
        }
        if (lexicon.identifierWords.contains(before)) {
            return true;
        }
        if (before.isEmpty() || !Character.isUpperCase(before.charAt(0))) {
            return false;
        }
        String lower = before.toLowerCase(Locale.GERMAN);
        return lexicon.identifierWords.stream().anyMatch(word -> word.length() >= SHORTEST_COMPOUND_HEAD
            && lower.length() > word.length() && lower.endsWith(word.toLowerCase(Locale.GERMAN)));
    }

    /** A number inside a web address or file name ("…/Category:Protest_Mannheim_2022-03-05"). */
    private boolean insideAddress(FigureTokens t, int i) {
        String text = t.text();
        int from = t.start(i);
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        int to = t.end(i);
        while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
            to++;
        }
        String chunk = text.substring(from, to);
        return ADDRESS_MARKS.stream().anyMatch(chunk::contains);
    }

    private boolean gluedToLetters(FigureTokens t, int i) {
        boolean lettersBefore = t.isWord(i - 1) && t.touchesPrevious(i);
        boolean lettersAfter = t.isWord(i + 1) && t.touchesPrevious(i + 1) && !measured(t, i + 1);
        return lettersBefore || lettersAfter;
    }

    private boolean measured(FigureTokens t, int j) {
        String word = t.textAt(j).toLowerCase(Locale.GERMAN);
        return lexicon.units.containsAt(t, j) || lexicon.currencies.containsAt(t, j)
            || lexicon.durations.containsAt(t, j) || lexicon.scales.containsAt(t, j)
            || lexicon.compoundSuffixOf(word).isPresent() || isDecade(t, j);
    }

    /** "70er", "1990ern" are decades; "68er" names a generation. */
    private static boolean isDecade(FigureTokens t, int j) {
        String word = t.textAt(j).toLowerCase(Locale.GERMAN);
        return t.textAt(j - 1).endsWith("0") && (word.equals("er") || word.equals("ern"));
    }

    private boolean afterWordAndHyphen(FigureTokens t, int i) {
        return t.is(i - 1, "-") && t.touchesPrevious(i) && t.touchesPrevious(i - 1) && t.isWord(i - 2);
    }

    /**
     * Telephone numbers and numbers written with a leading zero ("Schalke 04"); a day ordinal
     * ("09. Juni") keeps its zero.
     */
    private boolean phoneLike(FigureTokens t, int i) {
        String text = t.textAt(i);
        boolean dayOrdinal = t.is(i + 1, ".") && t.touchesPrevious(i + 1);
        boolean leadingZero = text.length() >= SHORTEST_PHONE_GROUP && text.startsWith("0") && !dayOrdinal
            && text.chars().allMatch(Character::isDigit);
        boolean plus = t.is(i - 1, "+") && t.touchesPrevious(i);
        return leadingZero || plus;
    }
}
