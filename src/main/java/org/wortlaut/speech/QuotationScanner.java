package org.wortlaut.speech;

import java.util.ArrayList;
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
        Closings closings = null;
        int i = start;
        while (i < end) {
            int close = -1;
            if (isOpener(text, i)) {
                closings = closings == null ? new Closings(text, start, end) : closings;
                close = closings.closing(i);
            }
            if (close > i + 1) {
                quotations.add(new Span(i, close + 1));
                i = close + 1;
            } else {
                i++;
            }
        }
    }

    /**
     * Where each quotation of a block closes, computed for every position in one backward pass,
     * so that a block full of unmatched marks costs linear time rather than a scan to the block's
     * end per mark. For each kind of closing mark and each position: where a quotation expecting
     * that mark, scanned from there, closes ({@code nested}: quotations opened on the way are
     * skipped whole, one that never closes leaves the outer one open too), and the first such
     * mark from there ({@code first}). Both are -1 where there is none.
     */
    private static final class Closings {

        private final String text;
        private final int start;
        private final int[][] nested = new int[CLOSERS.length()][];
        private final int[][] first = new int[CLOSERS.length()][];

        Closings(String text, int start, int end) {
            this.text = text;
            this.start = start;
            int length = end - start + 1;
            for (int kind = 0; kind < CLOSERS.length(); kind++) {
                nested[kind] = new int[length];
                first[kind] = new int[length];
                nested[kind][length - 1] = -1;
                first[kind][length - 1] = -1;
            }
            for (int i = end - 1; i >= start; i--) {
                char c = text.charAt(i);
                int at = i - start;
                boolean closer = isCloser(text, i);
                int inner = isOpener(text, i) ? nested[OPENERS.indexOf(c)][at + 1] : -1;
                for (int kind = 0; kind < CLOSERS.length(); kind++) {
                    boolean closesHere = closer && closes(c, CLOSERS.charAt(kind));
                    first[kind][at] = closesHere ? i : first[kind][at + 1];
                    if (closesHere) {
                        nested[kind][at] = i;
                    } else if (isOpener(text, i)) {
                        nested[kind][at] = inner < 0 ? -1 : nested[kind][inner + 1 - start];
                    } else {
                        nested[kind][at] = nested[kind][at + 1];
                    }
                }
            }
        }

        /**
         * Index of the mark that closes the quotation opened at {@code open}, or -1. When inner
         * marks are unbalanced (a lone apostrophe ‘), the first outer closer ends it.
         */
        int closing(int open) {
            int kind = OPENERS.indexOf(text.charAt(open));
            int withNesting = nested[kind][open + 1 - start];
            return withNesting >= 0 ? withNesting : first[kind][open + 1 - start];
        }
    }

    private static boolean closes(char c, char expected) {
        return c == expected || (expected == '“' && ALTERNATIVE_CLOSERS.indexOf(c) >= 0);
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
