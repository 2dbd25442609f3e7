package org.wortlaut.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.wortlaut.model.Block;
import org.wortlaut.model.Span;

/** The scanner finds the quotations the former scan-to-the-end search found, in linear time. */
class QuotationScannerTest {

    private static final List<String> PIECES = List.of("„", "“", "”", "»", "«", "‚", "‘", "\"", " ", "Wir", "sparen",
        ".", ",", "(", "–", "\n", "x");

    @Provide
    Arbitrary<String> marks() {
        return Arbitraries.of(PIECES).list().ofMaxSize(80).map(parts -> String.join("", parts));
    }

    @Property(tries = 2000)
    void findsWhatTheQuadraticSearchFound(@ForAll("marks") String text) {
        List<Block> blocks = List.of(new Block(0, text.length() / 2), new Block(text.length() / 2, text.length()));
        assertEquals(new QuadraticQuotationScanner().scan(text, blocks), new QuotationScanner().scan(text, blocks));
    }

    @Test
    void nestedAndUnbalancedMarks() {
        String text = "Er sagte: „Das ist ‚gut‘ so“ und »nie« „offen ‚Apostroph“ Ende.";
        List<Span> spans = new QuotationScanner().scan(text, List.of(new Block(0, text.length())));
        assertEquals(List.of("„Das ist ‚gut‘ so“", "»nie«", "„offen ‚Apostroph“"),
            spans.stream().map(s -> text.substring(s.start(), s.end())).toList());
    }

    /**
     * Before, each unmatched „ read to the end of the block: 200,000 characters took 52 s in the
     * chain, 400,000 did not finish in 300 s. Now a million take milliseconds; the limit only
     * catches a return of the quadratic search, which would take hours.
     */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aMillionCharactersOfUnbalancedMarksScanInLinearTime() {
        for (String text : List.of("„Wir sparen, sagte er. ".repeat(1_000_000 / 23), "„".repeat(1_000_000),
            "« „x“ ".repeat(1_000_000 / 6))) {
            List<Span> spans = new QuotationScanner().scan(text, List.of(new Block(0, text.length())));
            assertEquals(text.startsWith("«") ? 1_000_000 / 6 : 0, spans.size());
        }
    }
}

/** The former search, kept as the oracle: for every opening mark a scan to the block's end. */
final class QuadraticQuotationScanner {

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
