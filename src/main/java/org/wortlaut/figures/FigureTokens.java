package org.wortlaut.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tokens of one sentence as the figure rules see them: digit groups with their German
 * separators kept together ("12.000", "3,2", "04.11.2023", "18:33", "10 000" with a narrow
 * no-break space), letter runs (a hyphen or a
 * digit ends a run, so "38-jährige" is three tokens and "A380" two) and single other characters.
 * Whether two tokens touch matters for many rules and is kept as offsets.
 */
final class FigureTokens {

    enum Kind { NUMBER, WORD, OTHER }

    record Token(int start, int end, String text, Kind kind) {
        boolean is(String value) {
            return text.equals(value);
        }
    }

    private static final Pattern TOKEN = Pattern.compile(
        "[0-9]{1,3}(?:[\\u00A0\\u202F\\u2009][0-9]{3})+(?:,[0-9]+)?(?![0-9])"
            + "|[0-9]+(?:[.,:][0-9]+)*"
            + "|[\\p{L}][\\p{L}\\p{No}\\p{M}]*"
            + "|[^\\s\\p{Z}]");
    private static final String CLOSERS = ".!?\"“”»«')]";

    private final String text;
    private final List<Token> tokens;

    private FigureTokens(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    static FigureTokens of(String text, int start, int end) {
        List<Token> found = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(start, end);
        while (m.find()) {
            String t = m.group();
            Kind kind = Character.isDigit(t.charAt(0)) ? Kind.NUMBER
                : Character.isLetter(t.charAt(0)) ? Kind.WORD : Kind.OTHER;
            found.add(new Token(m.start(), m.end(), t, kind));
        }
        return new FigureTokens(text, List.copyOf(found));
    }

    String text() {
        return text;
    }

    int size() {
        return tokens.size();
    }

    Token get(int i) {
        return tokens.get(i);
    }

    boolean has(int i) {
        return i >= 0 && i < tokens.size();
    }

    /** Whether token {@code i} starts right where token {@code i - 1} ends. */
    boolean touchesPrevious(int i) {
        return i > 0 && i < tokens.size() && tokens.get(i - 1).end() == tokens.get(i).start();
    }

    boolean isWord(int i) {
        return has(i) && tokens.get(i).kind() == Kind.WORD;
    }

    boolean isNumber(int i) {
        return has(i) && tokens.get(i).kind() == Kind.NUMBER;
    }

    boolean is(int i, String value) {
        return has(i) && tokens.get(i).is(value);
    }

    /** Text of token {@code i}, or "" past either end. */
    String textAt(int i) {
        return has(i) ? tokens.get(i).text() : "";
    }

    int start(int i) {
        return tokens.get(i).start();
    }

    int end(int i) {
        return tokens.get(i).end();
    }

    /** Whether only closing punctuation follows token {@code i} in the sentence. */
    boolean endsSentenceAfter(int i) {
        for (int j = i + 1; j < tokens.size(); j++) {
            if (tokens.get(j).kind() != Kind.OTHER || CLOSERS.indexOf(tokens.get(j).text().charAt(0)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The first word of the text after this sentence ("" if none): a split after "1." may cut "1. FC Köln". */
    String wordAfter() {
        int from = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
        while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        int to = from;
        while (to < text.length() && Character.isLetter(text.charAt(to))) {
            to++;
        }
        return text.substring(from, to);
    }

    /** Whether token {@code i} is a word that begins with a capital letter. */
    boolean isCapitalized(int i) {
        return isWord(i) && Character.isUpperCase(tokens.get(i).text().charAt(0));
    }
}
