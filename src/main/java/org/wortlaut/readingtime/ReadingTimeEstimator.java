package org.wortlaut.readingtime;

import java.util.ArrayList;
import java.util.List;
import org.wortlaut.model.Document;
import org.wortlaut.model.ReadingTime;
import org.wortlaut.model.Token;
import org.wortlaut.model.ZoneKind;

/**
 * Reading time and readability of the article text. Reading time: its words (tokens with a
 * letter or digit) at a reading rate. The default rate, 200 words per minute, is the figure German
 * publishers commonly use for running text; measured silent reading of German adults lies near
 * 180 (IReST) and rises for skimming. Minutes are rounded up, at least one, as publishers show
 * them ("Lesezeit: 3 min"), so that the promise is never shorter than the reading.
 */
public final class ReadingTimeEstimator {

    public static final int DEFAULT_WORDS_PER_MINUTE = 200;

    private final int wordsPerMinute;
    private final ReadabilityScorer readability = new ReadabilityScorer();

    public ReadingTimeEstimator(int wordsPerMinute) {
        if (wordsPerMinute <= 0) {
            throw new IllegalArgumentException("words per minute must be positive, not " + wordsPerMinute);
        }
        this.wordsPerMinute = wordsPerMinute;
    }

    /** Reading time and readability of the text a reader reads: headline, teaser, subheadings, body. */
    public Document annotate(Document document) {
        List<Token> read = document.tokens().stream()
            .filter(t -> document.sentenceIn(t.sentence(), ZoneKind::isRead)).toList();
        int words = (int) read.stream().filter(ReadingTimeEstimator::isWord).count();
        int seconds = (int) Math.round(words * 60.0 / wordsPerMinute);
        int minutes = Math.max(1, (seconds + 59) / 60);
        Integer stated = document.article() == null ? null : document.article().statedReadingMinutes();
        return document.withReadingTime(new ReadingTime(words, minutes, seconds, wordsPerMinute, stated),
            readability.score(bySentence(read)));
    }

    private static List<List<Token>> bySentence(List<Token> tokens) {
        List<List<Token>> sentences = new ArrayList<>();
        for (Token token : tokens) {
            if (sentences.isEmpty() || sentences.get(sentences.size() - 1).get(0).sentence() != token.sentence()) {
                sentences.add(new ArrayList<>());
            }
            sentences.get(sentences.size() - 1).add(token);
        }
        return sentences;
    }

    private static boolean isWord(Token token) {
        return token.text().codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
