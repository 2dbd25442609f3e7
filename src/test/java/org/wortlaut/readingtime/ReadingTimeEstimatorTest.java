package org.wortlaut.readingtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.wortlaut.TestChain;
import org.wortlaut.model.ReadingTime;

class ReadingTimeEstimatorTest {

    @Test
    void countsWordsNotPunctuation() {
        ReadingTime time = new ReadingTimeEstimator(200)
            .annotate(TestChain.sentences("„Wir gehen“, sagte er – am 7. Juli.")).readingTime();
        assertEquals(new ReadingTime(7, 1, 2, 200, null), time);
    }

    @Test
    void minutesAreRoundedUpAsPublishersShowThem() {
        String text = "Wort ".repeat(410);
        ReadingTime time = new ReadingTimeEstimator(200).annotate(TestChain.sentences(text)).readingTime();
        assertEquals(new ReadingTime(410, 3, 123, 200, null), time);
    }

    @Test
    void rateIsConfigurable() {
        String text = "Wort ".repeat(410);
        ReadingTime time = new ReadingTimeEstimator(250).annotate(TestChain.sentences(text)).readingTime();
        assertEquals(new ReadingTime(410, 2, 98, 250, null), time);
    }

    @Test
    void rateMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new ReadingTimeEstimator(0));
    }
}
