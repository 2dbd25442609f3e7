package org.wortlaut.anatomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageDateLinesTest {

    private static final DateLines DATES = new DateLines();

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "04.11.2023 18:33 => 2023-11-04T18:33",
        "04.11.2023, 19:02 Uhr => 2023-11-04T19:02",
        "4. November 2023, 18:33 Uhr => 2023-11-04T18:33",
        "1. März 2024, 14:27 Uhr => 2024-03-01T14:27",
        "24. Juli 2024 um 21:14 Uhr => 2024-07-24T21:14",
        "Veröffentlicht am 12.03.2024 um 07:45 Uhr => 2024-03-12T07:45",
        "Freitag, 14.03.2025 – 16:48 Uhr => 2025-03-14T16:48",
        "27.03.2025 | 20:41 Uhr => 2025-03-27T20:41",
        "15.01.2025 => 2025-01-15",
        "3. Okt. 2022 => 2022-10-03",
    })
    void publicationDates(String line, String iso) {
        assertEquals(List.of(new DateLines.Stamp(iso, false)), DATES.stamps(line));
        assertTrue(DATES.isDateLine(line));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "Aktualisiert: 04.11.2023 18:33 => 2023-11-04T18:33",
        "Aktualisiert am 08.05.2025, 14:20 Uhr => 2025-05-08T14:20",
        "Stand: 20.06.2024 10:15 Uhr => 2024-06-20T10:15",
        "Aktualisiert 28.03.2025 | 08:15 Uhr => 2025-03-28T08:15",
    })
    void updateDates(String line, String iso) {
        assertEquals(List.of(new DateLines.Stamp(iso, true)), DATES.stamps(line));
    }

    @Test
    void publishedAndUpdatedOnOneLine() {
        assertEquals(List.of(new DateLines.Stamp("2024-10-21T12:03", false), new DateLines.Stamp("2024-10-21T16:40", true)),
            DATES.stamps("21.10.2024, 12:03 Uhr · Aktualisiert: 21.10.2024, 16:40 Uhr"));
    }

    @Test
    void aSentenceWithADateIsNoDateLine() {
        assertFalse(DATES.isDateLine("Das hat der Bundesgerichtshof in Karlsruhe am 19.06.2024 entschieden."));
        assertFalse(DATES.isDateLine("Die Sperrung dauert vom 7. Juli bis zum 10. August."));
    }

    @Test
    void impossibleDatesAreNoDates() {
        assertEquals(List.of(), DATES.stamps("31.02.2024"));
    }
}
