package org.wortlaut.readingtime;

import java.util.List;
import java.util.Locale;
import org.wortlaut.model.Readability;
import org.wortlaut.model.Token;

/**
 * German readability formulas over the words of the article text. A word is a token with a
 * letter; its syllables are its groups of vowels (a diphthong such as "ei" or "au" is one group),
 * the usual approximation for German.
 */
final class ReadabilityScorer {

    private static final String VOWELS = "aeiouyäöüéèáàâêîôû";
    private static final int LONG_WORD_LETTERS = 6;

    /** Scores words grouped by sentence; null when there are none. */
    Readability score(List<List<Token>> sentences) {
        int sentenceCount = 0;
        int words = 0;
        int syllables = 0;
        int longWords = 0;
        int polysyllabic = 0;
        int monosyllabic = 0;
        for (List<Token> sentence : sentences) {
            int wordsBefore = words;
            for (Token token : sentence) {
                if (!isWord(token.text())) {
                    continue;
                }
                int count = syllables(token.text());
                words++;
                syllables += count;
                longWords += letters(token.text()) > LONG_WORD_LETTERS ? 1 : 0;
                polysyllabic += count >= 3 ? 1 : 0;
                monosyllabic += count == 1 ? 1 : 0;
            }
            sentenceCount += words > wordsBefore ? 1 : 0;
        }
        if (words == 0) {
            return null;
        }
        double wordsPerSentence = (double) words / sentenceCount;
        double syllablesPerWord = (double) syllables / words;
        double flesch = 180 - wordsPerSentence - 58.5 * syllablesPerWord;
        double wiener = 0.1935 * percent(polysyllabic, words) + 0.1672 * wordsPerSentence
            + 0.1297 * percent(longWords, words) - 0.0327 * percent(monosyllabic, words) - 0.875;
        double lix = wordsPerSentence + percent(longWords, words);
        return new Readability(round(flesch), round(wiener), round(lix), sentenceCount, words, syllables);
    }

    static int syllables(String word) {
        String lower = word.toLowerCase(Locale.GERMAN);
        int groups = 0;
        boolean inVowels = false;
        for (int i = 0; i < lower.length(); i++) {
            boolean vowel = VOWELS.indexOf(lower.charAt(i)) >= 0;
            if (vowel && !inVowels) {
                groups++;
            }
            inVowels = vowel;
        }
        return Math.max(1, groups);
    }

    private static boolean isWord(String token) {
        return token.codePoints().anyMatch(Character::isLetter);
    }

    private static int letters(String word) {
        return (int) word.codePoints().filter(Character::isLetter).count();
    }

    private static double percent(int part, int whole) {
        return 100.0 * part / whole;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
