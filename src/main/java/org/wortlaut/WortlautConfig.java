package org.wortlaut;

import org.wortlaut.anatomy.HtmlExtractor;
import org.wortlaut.entities.EntityRecognizer;
import org.wortlaut.readingtime.ReadingTimeEstimator;

/**
 * How the chain runs.
 *
 * @param plain          treat every text as article body, without page furniture (headlines,
 *                       bylines and date lines on lines of their own)
 * @param wordsPerMinute reading rate for the reading-time estimate
 * @param maxNesting     the deepest nesting of elements read from a web page; deeper pages are refused
 * @param ner            which model types the entities: CoreNLP's German CRF with the project's
 *                       rules (default), or the project's own model
 */
public record WortlautConfig(boolean plain, int wordsPerMinute, int maxNesting, EntityRecognizer.Tagger ner) {

    public static final WortlautConfig DEFAULT =
        new WortlautConfig(false, ReadingTimeEstimator.DEFAULT_WORDS_PER_MINUTE, HtmlExtractor.DEFAULT_MAX_NESTING,
            EntityRecognizer.Tagger.CORENLP);

    public WortlautConfig {
        if (wordsPerMinute <= 0) {
            throw new IllegalArgumentException("words per minute must be positive, not " + wordsPerMinute);
        }
        if (maxNesting <= 0) {
            throw new IllegalArgumentException("nesting limit must be positive, not " + maxNesting);
        }
        if (ner == null) {
            throw new IllegalArgumentException("no entity model chosen");
        }
    }

    public WortlautConfig(boolean plain, int wordsPerMinute) {
        this(plain, wordsPerMinute, HtmlExtractor.DEFAULT_MAX_NESTING, DEFAULT.ner());
    }
}
