package org.wortlaut.anatomy;

import java.util.Locale;
import java.util.regex.Pattern;

/** Small questions about a single line of page text. */
final class LineText {

    private static final String SENTENCE_END = ".!?:;…";
    private static final String CLOSING_QUOTES = "\"“”»«'’";

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    /** What is no letter or digit at the start, and no letter, digit, '*' or ')' at the end. */
    private static final Pattern DECORATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}*)]+$");

    private LineText() {
    }

    /**
     * The words of the stripped line, as split at runs of ASCII white space. Counted, not split:
     * page anatomy asks it of every line, often several times.
     */
    static int words(String line) {
        String stripped = line.strip();
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < stripped.length(); i++) {
            boolean space = isAsciiWhiteSpace(stripped.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /** What {@code \\s} matches without Unicode classes. */
    private static boolean isAsciiWhiteSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Whether the line ends like a sentence (a closing quote after the mark counts). */
    static boolean endsLikeSentence(String line) {
        String s = line.strip();
        while (!s.isEmpty() && CLOSING_QUOTES.indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        return !s.isEmpty() && SENTENCE_END.indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    /**
     * Lower case, one space between words, no punctuation or decoration at either end ("- Anzeige -",
     * "Mehr zum Thema:"): for comparing with word lists. A trailing '*' (a word-list wildcard) stays.
     */
    static String key(String line) {
        String spaced = WHITE_SPACE.matcher(line).replaceAll(" ").toLowerCase(Locale.ROOT);
        return DECORATION.matcher(spaced).replaceAll("");
    }

    static boolean startsUpper(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }
}
