package org.wortlaut;

import org.wortlaut.entities.EntityRecognizer;
import org.wortlaut.readingtime.ReadingTimeEstimator;

/**
 * How the chain runs.
 *
 * @param plain          treat every text as article body, without page furniture (headlines,
 *                       bylines and date lines on lines of their own)
 * @param wordsPerMinute reading rate for the reading-time estimate
 * @param ner            which model finds the entities: the project's own, or CoreNLP's alone
 */
public record WortlautConfig(boolean plain, int wordsPerMinute, EntityRecognizer.Tagger ner) {

    public static final WortlautConfig DEFAULT =
        new WortlautConfig(false, ReadingTimeEstimator.DEFAULT_WORDS_PER_MINUTE, EntityRecognizer.Tagger.MODEL);

    public WortlautConfig {
        if (wordsPerMinute <= 0) {
            throw new IllegalArgumentException("words per minute must be positive, not " + wordsPerMinute);
        }
        if (ner == null) {
            throw new IllegalArgumentException("no entity model chosen");
        }
    }
}
