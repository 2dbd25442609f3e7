package org.wortlaut.sentences;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import org.wortlaut.io.Lexicon;
import org.wortlaut.model.Span;

/**
 * Splits one block of text into sentences. Every period, question mark, exclamation mark or
 * ellipsis followed by white space is a candidate; German rules reject the candidates that are
 * abbreviations, initials, day ordinals and dates, and OpenNLP's German model decides the cases
 * the rules leave open (a number or a sentence-final abbreviation before a capital). Thread-safe.
 */
public final class SentenceSplitter {

    private static final String MODEL = "/opennlp-de-ud-gsd-sentence-1.3-2.5.4.bin";
    private static final String CLOSERS = "\"'`“”‘’»«›‹)]";
    /** Longer runs without a boundary are cut at white space, so that no stage sees a monster. */
    static final int MAX_SENTENCE_CHARS = 3000;

    private final ThreadSafeSentenceDetectorME model;
    private final Abbreviations abbreviations = new Abbreviations();
    private final Set<String> ordinalContext = new HashSet<>(Lexicon.entries("sentences/ordinal-context.txt"));
    private final Set<String> months = new HashSet<>(Lexicon.entries("common/months.txt"));
    private final Set<String> ordinalNouns = new HashSet<>(Lexicon.entries("common/ordinal-nouns.txt"));

    public SentenceSplitter() {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP German sentence model " + MODEL + " not on the class path");
            }
            model = new ThreadSafeSentenceDetectorME(new SentenceModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + MODEL, e);
        }
    }

    /** The sentences of {@code text} between {@code start} and {@code end}, trimmed. */
    public List<Span> split(String text, int start, int end) {
        Set<Integer> modelEnds = modelBoundaries(text, start, end);
        List<Span> sentences = new ArrayList<>();
        int sentenceStart = skipSpace(text, start, end);
        for (int i = nextTerminal(text, sentenceStart, end); i < end; i = nextTerminal(text, i + 1, end)) {
            int boundary = extendOverClosers(text, i, end);
            if (boundary < end && isBoundary(text, sentenceStart, i, boundary, end, modelEnds)) {
                addCapped(text, sentenceStart, boundary, sentences);
                sentenceStart = skipSpace(text, boundary, end);
            }
            i = boundary - 1;
        }
        int last = trimEnd(text, sentenceStart, end);
        if (last > sentenceStart) {
            addCapped(text, sentenceStart, last, sentences);
        }
        return sentences;
    }

    private Set<Integer> modelBoundaries(String text, int start, int end) {
        Set<Integer> ends = new HashSet<>();
        for (opennlp.tools.util.Span s : model.sentPosDetect(text.substring(start, end))) {
            ends.add(start + s.getEnd());
        }
        return ends;
    }

    private boolean isBoundary(String text, int sentenceStart, int mark, int boundary, int end,
                               Set<Integer> modelEnds) {
        if (!Character.isWhitespace(text.charAt(boundary))) {
            return false;
        }
        int next = skipSpace(text, boundary, end);
        if (next >= end || !startsSentence(text.charAt(next))) {
            return false;
        }
        if (text.charAt(mark) != '.' || isEllipsis(text, mark)) {
            return true;
        }
        return periodEndsSentence(text, sentenceStart, mark, next, end, modelEnds.contains(boundary));
    }

    private boolean periodEndsSentence(String text, int sentenceStart, int period, int next, int end,
                                       boolean modelSplits) {
        // tokenized text sets the period off by a space: "Dr . Meier", "z . B .", "St . Moritz"
        boolean detached = period > sentenceStart && text.charAt(period - 1) == ' ';
        String abbreviation = detached ? detachedAbbreviation(text, sentenceStart, period)
            : abbreviations.endingAt(text, sentenceStart, period + 1);
        if (abbreviation != null) {
            return abbreviations.mayEndSentence(abbreviation) && modelSplits;
        }
        int wordEnd = detached ? period - 1 : period;
        int wordStart = wordEnd;
        while (wordStart > sentenceStart && Character.isLetterOrDigit(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, wordEnd);
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return false;
        }
        if (!detached && (isNumber(word) || isRomanNumeral(word))) {
            boolean enumerator = wordStart == sentenceStart;
            return !enumerator && !ordinal(text, sentenceStart, wordStart, next, end, word) && modelSplits;
        }
        return true;
    }

    /** The abbreviation before a period set off by a space, read as if the period were attached. */
    private String detachedAbbreviation(String text, int sentenceStart, int period) {
        int windowStart = Math.max(sentenceStart, period - 16);
        while (windowStart > sentenceStart && !Character.isWhitespace(text.charAt(windowStart - 1))) {
            windowStart--;
        }
        String attached = text.substring(windowStart, period + 1).replace(" .", ".");
        return abbreviations.endingAt(attached, 0, attached.length());
    }

    /**
     * "am 7. Juli", "8. 11. 1931", "im 16. Jahrhundert", "1. FC Köln", "Der 6. Strafsenat",
     * "des stationierten 1. Bataillons", "Leopold II. König".
     */
    private boolean ordinal(String text, int sentenceStart, int wordStart, int next, int end, String word) {
        String following = wordAt(text, next, end);
        if (months.contains(following) || months.contains(following + ".") || isNumber(following)
            || ordinalNouns.contains(following)) {
            return true;
        }
        String previous = wordBefore(text, sentenceStart, wordStart);
        if (isRomanNumeral(word)) {
            return !previous.isEmpty() && Character.isUpperCase(previous.charAt(0));
        }
        return word.length() <= 3 && (ordinalContext.contains(previous.toLowerCase(java.util.Locale.ROOT))
            || isInflectedAdjective(previous));
    }

    /** "stationierten", "kommende": an attribute before a number makes it an ordinal. */
    private static boolean isInflectedAdjective(String word) {
        return word.length() > 3 && Character.isLowerCase(word.charAt(0))
            && (word.endsWith("e") || word.endsWith("en") || word.endsWith("er") || word.endsWith("es") || word.endsWith("em"));
    }

    private void addCapped(String text, int start, int end, List<Span> sentences) {
        while (end - start > MAX_SENTENCE_CHARS) {
            int cut = start + MAX_SENTENCE_CHARS;
            while (cut > start + MAX_SENTENCE_CHARS / 2 && !Character.isWhitespace(text.charAt(cut))) {
                cut--;
            }
            sentences.add(new Span(start, trimEnd(text, start, cut)));
            start = skipSpace(text, cut, end);
        }
        if (end > start) {
            sentences.add(new Span(start, end));
        }
    }

    /**
     * The first sentence mark at or after {@code from}, else {@code end}. The scan over every
     * character is a loop of its own, so that the JIT compiles it small instead of compiling all
     * of {@link #split} again for a long block.
     */
    private static int nextTerminal(String text, int from, int end) {
        int i = from;
        while (i < end && !isTerminal(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean isEllipsis(String text, int period) {
        return period >= 2 && text.charAt(period - 1) == '.' && text.charAt(period - 2) == '.';
    }

    private static int extendOverClosers(String text, int mark, int end) {
        int i = mark + 1;
        while (i < end && (isTerminal(text.charAt(i)) || CLOSERS.indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        return i;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "„\"»«‚'‘`(–-[…".indexOf(c) >= 0
            || (Character.isLetter(c) && !Character.isLowerCase(c));
    }

    private static String wordAt(String text, int start, int end) {
        int i = start;
        while (i < end && Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return text.substring(start, i);
    }

    private static String wordBefore(String text, int from, int position) {
        int end = position;
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > from && Character.isLetterOrDigit(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }

    static boolean isNumber(String word) {
        return !word.isEmpty() && word.chars().allMatch(Character::isDigit);
    }

    static boolean isRomanNumeral(String word) {
        return word.length() >= 2 && word.length() <= 5 && word.chars().allMatch(c -> "IVXL".indexOf(c) >= 0);
    }

    private static int skipSpace(String text, int i, int end) {
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
