package org.wortlaut.anatomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageReadingTimeTest {

    private static final ReadingTimeLines LINES = new ReadingTimeLines();

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "Lesezeit: 2 min => 2",
        "3 Min. Lesezeit => 3",
        "Lesedauer: 5 Minuten => 5",
        "Lesezeit 5 Minuten => 5",
        "Lesezeit ca. 4 Minuten => 4",
        "Lesezeit: 4 Minuten => 4",
    })
    void statedMinutes(String line, int minutes) {
        assertEquals(minutes, LINES.minutes(line));
    }

    @Test
    void aSentenceAboutMinutesIsNoReadingTime() {
        assertNull(LINES.minutes("Die Fahrzeit verlängert sich von 25 auf bis zu 55 Minuten."));
    }
}
