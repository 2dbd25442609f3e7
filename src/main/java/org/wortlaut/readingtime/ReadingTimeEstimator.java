package org.wortlaut.readingtime;

import org.wortlaut.model.Document;
import org.wortlaut.model.ReadingTime;
import org.wortlaut.model.Token;

/**
 * Reading time of the article text: its words (tokens with a letter or digit) at a reading rate.
 * The default rate, 200 words per minute, is the figure German publishers commonly use for
 * running text; measured silent reading of German adults lies near 180 (IReST) and rises for
 * skimming. Minutes are rounded up, at least one, as publishers show them ("Lesezeit: 3 min"),
 * so that the promise is never shorter than the reading.
 */
public final class ReadingTimeEstimator {

    public static final int DEFAULT_WORDS_PER_MINUTE = 200;

    private final int wordsPerMinute;

    public ReadingTimeEstimator(int wordsPerMinute) {
        if (wordsPerMinute <= 0) {
            throw new IllegalArgumentException("words per minute must be positive, not " + wordsPerMinute);
        }
        this.wordsPerMinute = wordsPerMinute;
    }

    public Document annotate(Document document) {
        int words = (int) document.tokens().stream().filter(ReadingTimeEstimator::isWord).count();
        int seconds = (int) Math.round(words * 60.0 / wordsPerMinute);
        int minutes = Math.max(1, (seconds + 59) / 60);
        return document.withReadingTime(new ReadingTime(words, minutes, seconds, wordsPerMinute));
    }

    private static boolean isWord(Token token) {
        return token.text().codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
