package org.wortlaut.speech;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.wortlaut.model.Block;
import org.wortlaut.model.Span;

/**
 * Finds the outermost quotations of a text in every German style: „…“, »…«, «…», "…" and
 * ‚…‘. Marks nested inside a quotation (‚…‘ within „…“) belong to it and make no quotation of
 * their own. A quotation never crosses a block. Spans include both marks, as the gold data
 * annotates them. Stateless.
 */
final class QuotationScanner {

    /** Opening marks and the mark that closes each. */
    private static final String OPENERS = "„»«\"‚";
    private static final String CLOSERS = "“«»\"‘";
    /** „…” and „…" are common typing variants of „…“. */
    private static final String ALTERNATIVE_CLOSERS = "”\"";

    List<Span> scan(String text, List<Block> blocks) {
        List<Span> quotations = new ArrayList<>();
        for (Block block : blocks) {
            scanBlock(text, block.start(), block.end(), quotations);
        }
        return quotations;
    }

    private void scanBlock(String text, int start, int end, List<Span> quotations) {
        int i = start;
        while (i < end) {
            int close = isOpener(text, i) ? closing(text, i, end) : -1;
            if (close > i + 1) {
                quotations.add(new Span(i, close + 1));
                i = close + 1;
            } else {
                i++;
            }
        }
    }

    /** Index of the mark that closes the quotation opened at {@code open}, or -1. */
    private int closing(String text, int open, int end) {
        int nested = closingWithNesting(text, open, end);
        return nested >= 0 ? nested : firstCloser(text, open, end);
    }

    private int closingWithNesting(String text, int open, int end) {
        Deque<Character> expected = new ArrayDeque<>();
        expected.push(closerOf(text.charAt(open)));
        for (int i = open + 1; i < end; i++) {
            char c = text.charAt(i);
            if (closes(c, expected.peek()) && isCloser(text, i)) {
                expected.pop();
                if (expected.isEmpty()) {
                    return i;
                }
            } else if (isOpener(text, i)) {
                expected.push(closerOf(c));
            }
        }
        return -1;
    }

    /** When inner marks are unbalanced (a lone apostrophe ‘), the first outer closer ends it. */
    private int firstCloser(String text, int open, int end) {
        char closer = closerOf(text.charAt(open));
        for (int i = open + 1; i < end; i++) {
            if (closes(text.charAt(i), closer) && isCloser(text, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean closes(char c, char expected) {
        return c == expected || (expected == '“' && ALTERNATIVE_CLOSERS.indexOf(c) >= 0);
    }

    private static char closerOf(char opener) {
        return CLOSERS.charAt(OPENERS.indexOf(opener));
    }

    /** Straight and single marks open only before a word, after space or a bracket. */
    private static boolean isOpener(String text, int i) {
        char c = text.charAt(i);
        if (OPENERS.indexOf(c) < 0 || i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))) {
            return false;
        }
        if (c == '"' || c == '‚') {
            return i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([/„»«–-".indexOf(text.charAt(i - 1)) >= 0;
        }
        return true;
    }

    /** A closing mark follows the quoted words, or stands loose before a break: "verstanden. “". */
    private static boolean isCloser(String text, int i) {
        boolean afterWord = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
        boolean beforeBreak = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))
            || ".,;:!?)".indexOf(text.charAt(i + 1)) >= 0;
        return afterWord || beforeBreak;
    }
}
