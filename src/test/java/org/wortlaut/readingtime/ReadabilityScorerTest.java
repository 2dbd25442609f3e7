package org.wortlaut.readingtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.wortlaut.TestChain;
import org.wortlaut.model.Readability;

class ReadabilityScorerTest {

    @Test
    void syllablesAreVowelGroups() {
        assertEquals(1, ReadabilityScorer.syllables("Haus"));
        assertEquals(2, ReadabilityScorer.syllables("Kiewer"));
        assertEquals(3, ReadabilityScorer.syllables("Regierung"));
        assertEquals(6, ReadabilityScorer.syllables("Sicherheitsberater"));
        assertEquals(1, ReadabilityScorer.syllables("BKA"));
    }

    @Test
    void formulasOverTwoSentences() {
        // 2 sentences, 8 words, 12 syllables; over six letters and three syllables or more:
        // Regierung, Ukraine (25 %); one syllable: Die, hilft, der, Sie, zahlt, viel (75 %)
        Readability r = new ReadingTimeEstimator(200)
            .annotate(TestChain.sentences("Die Regierung hilft der Ukraine. Sie zahlt viel.")).readability();
        assertEquals(2, r.sentences());
        assertEquals(8, r.words());
        assertEquals(12, r.syllables());
        assertEquals(Math.round((180 - 4 - 58.5 * 12 / 8) * 10) / 10.0, r.fleschAmstad());
        assertEquals(Math.round((4 + 25.0) * 10) / 10.0, r.lix());
        double wiener = 0.1935 * 25 + 0.1672 * 4 + 0.1297 * 25 - 0.0327 * 75 - 0.875;
        assertEquals(Math.round(wiener * 10) / 10.0, r.wienerSachtextformel());
    }

    @Test
    void noWordsNoScores() {
        assertNull(new ReadingTimeEstimator(200).annotate(TestChain.sentences("12 345 !")).readability());
    }
}
