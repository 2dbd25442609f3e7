package org.wortlaut.speech;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of one sentence: {@code from} to {@code end}, the end before its closing
 * punctuation, and {@code to}, the end with it. Reported content leaves the full stop out while a
 * free indirect sentence keeps it, as the annotated news data draws them.
 */
record SentenceRange(int from, int end, int to) {

    static SentenceRange of(TokenIndex tokens, int index) {
        int from = tokens.sentenceStart(index);
        int to = tokens.sentenceEnd(index);
        int end = to;
        while (end > from + 1 && isClosing(tokens.text(end - 1))) {
            end--;
        }
        return new SentenceRange(from, end, to);
    }

    /** The content left when the frame [frameFrom, frameTo) is taken out, without the commas at its edges. */
    List<TokenRange> without(TokenIndex tokens, int frameFrom, int frameTo) {
        List<TokenRange> parts = new ArrayList<>();
        int before = frameFrom;
        while (before > from && isSeparator(tokens.text(before - 1))) {
            before--;
        }
        if (before > from) {
            parts.add(new TokenRange(from, before));
        }
        int after = frameTo;
        while (after < end && isSeparator(tokens.text(after))) {
            after++;
        }
        if (after < end) {
            parts.add(new TokenRange(after, end));
        }
        return parts;
    }

    private static boolean isClosing(String token) {
        return token.equals(".") || token.equals("!") || token.equals("?") || token.equals(";");
    }

    private static boolean isSeparator(String token) {
        return token.equals(",") || token.equals("–") || token.equals(":");
    }
}
