package org.wortlaut.sentences;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wortlaut.model.Span;

/**
 * Splits a sentence into tokens the way the later stages need them: hyphenated compounds
 * ("US-Sicherheitsberater", "38-jährige"), German numbers ("12.000", "3,2", "18:33"), known
 * abbreviations ("z. B.", "Dr."), day ordinals inside a sentence ("7.") and web addresses stay
 * one token; every other punctuation mark is a token of its own. Thread-safe.
 */
public final class Tokenizer {

    private static final Pattern WEB = Pattern.compile(
        "(?:https?://|www\\.)[^\\s<>\"“”„»«]+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern NUMBER = Pattern.compile(
        "\\d+(?:[.,:/]\\d+)*\\p{L}*(?:-[\\p{L}\\p{M}\\d]+)*");
    private static final Pattern WORD = Pattern.compile(
        "[\\p{L}\\p{M}\\d_]+(?:[-‐'’&][\\p{L}\\p{M}\\d]+)*(?:-(?=\\s+(?:und|oder|bis|sowie|als)\\b))?");
    /** Runs of dots or dashes, and typewriter quotation marks written `` and ''. */
    private static final Pattern ELLIPSIS = Pattern.compile("\\.{2,}|-{2,}|``|''");
    private static final String TRAILING_URL_PUNCTUATION = ".,;:!?)]'’";

    private final Abbreviations abbreviations = new Abbreviations();

    /** The tokens of {@code text} between {@code start} and {@code end}. */
    public List<Span> tokenize(String text, int start, int end) {
        List<Span> tokens = new ArrayList<>();
        int i = start;
        while (i < end) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int tokenEnd = tokenEnd(text, i, end);
            tokens.add(new Span(i, tokenEnd));
            i = tokenEnd;
        }
        return tokens;
    }

    private int tokenEnd(String text, int i, int end) {
        Matcher web = region(WEB, text, i, end);
        if (web.lookingAt()) {
            return trimUrl(text, i, web.end());
        }
        String abbreviation = abbreviations.startingAt(text, i, end);
        if (abbreviation != null && !continuesWord(text, i + abbreviation.length(), end)
            && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
            return i + abbreviation.length();
        }
        for (Pattern pattern : new Pattern[] {NUMBER, WORD, ELLIPSIS}) {
            Matcher m = region(pattern, text, i, end);
            if (m.lookingAt()) {
                return withOrdinalPeriod(text, m.group(), m.end(), end);
            }
        }
        return i + Character.charCount(text.codePointAt(i));
    }

    /** "7." in "am 7. Juli" and the initial "T." keep their period when the sentence goes on. */
    private static int withOrdinalPeriod(String text, String token, int tokenEnd, int end) {
        boolean ordinalLike = SentenceSplitter.isNumber(token) || SentenceSplitter.isRomanNumeral(token)
            || (token.length() == 1 && Character.isUpperCase(token.charAt(0)));
        if (ordinalLike && tokenEnd + 1 < end && text.charAt(tokenEnd) == '.'
            && Character.isWhitespace(text.charAt(tokenEnd + 1))) {
            return tokenEnd + 1;
        }
        return tokenEnd;
    }

    private static boolean continuesWord(String text, int i, int end) {
        return i < end && Character.isLetterOrDigit(text.charAt(i));
    }

    private static int trimUrl(String text, int start, int end) {
        while (end > start + 1 && TRAILING_URL_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    private static Matcher region(Pattern pattern, String text, int start, int end) {
        return pattern.matcher(text).region(start, end);
    }
}
