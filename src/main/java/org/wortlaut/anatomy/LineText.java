package org.wortlaut.anatomy;

import java.util.Locale;

/** Small questions about a single line of page text. */
final class LineText {

    private static final String SENTENCE_END = ".!?:;…";
    private static final String CLOSING_QUOTES = "\"“”»«'’";

    private LineText() {
    }

    static int words(String line) {
        String stripped = line.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    /** Whether the line ends like a sentence (a closing quote after the mark counts). */
    static boolean endsLikeSentence(String line) {
        String s = line.strip();
        while (!s.isEmpty() && CLOSING_QUOTES.indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        return !s.isEmpty() && SENTENCE_END.indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    /** Lower case, one space between words, no trailing colon: for comparing with word lists. */
    static String key(String line) {
        String s = line.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        while (s.endsWith(":") || s.endsWith(".")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    static boolean startsUpper(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }
}
