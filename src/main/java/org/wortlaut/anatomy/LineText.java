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

    /**
     * Lower case, one space between words, no punctuation or decoration at either end ("- Anzeige -",
     * "Mehr zum Thema:"): for comparing with word lists. A trailing '*' (a word-list wildcard) stays.
     */
    static String key(String line) {
        return line.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)
            .replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}*)]+$", "");
    }

    static boolean startsUpper(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }
}
