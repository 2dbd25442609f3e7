package org.wortlaut.anatomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageBylinesTest {

    private static final Bylines BYLINES = new Bylines();

    @Test
    void twoAuthorsJoinedByUnd() {
        assertEquals(List.of("Anna Schmidt", "Jan Weber"), BYLINES.names("Von Anna Schmidt und Jan Weber", false));
    }

    @Test
    void agencyAfterTheNameIsDropped() {
        assertEquals(List.of("Katrin Vogel"), BYLINES.names("Katrin Vogel, dpa", false));
    }

    @Test
    void deskAfterTheNameIsDropped() {
        assertEquals(List.of("Kathrin Ebeling"), BYLINES.names("Von Kathrin Ebeling, ARD-Rechtsredaktion", false));
    }

    @Test
    void longerBylineWords() {
        assertEquals(List.of("Felix Brandt"), BYLINES.names("Von unserem Redakteur Felix Brandt", false));
        assertEquals(List.of("Tobias Reinhold"), BYLINES.names("Ein Bericht von Tobias Reinhold", false));
        assertEquals(List.of("Clara Neumann"), BYLINES.names("Ein Beitrag von Clara Neumann", false));
    }

    @Test
    void agencyOnlyAndBareLabelGiveNoNames() {
        assertEquals(List.of(), BYLINES.names("dpa/lby", false));
        assertEquals(List.of(), BYLINES.names("Autor", false));
    }

    @Test
    void aBareNameCountsOnlyAfterTheLabel() {
        assertEquals(List.of("Lena Hartmann"), BYLINES.names("Lena Hartmann", true));
        assertNull(BYLINES.names("Lena Hartmann", false));
    }

    @Test
    void sentencesStartingWithVonAreNoBylines() {
        assertNull(BYLINES.names("Von 2020 bis 2022 hatte der Bund die Ausnahmeregel genutzt.", false));
        assertNull(BYLINES.names("Von der Leyen reist nach Kiew", false));
    }

    @Test
    void placeAndAgencyInParenthesesAreDropped() {
        assertEquals(List.of("Anna Schmidt"), BYLINES.names("Von Anna Schmidt, Brüssel", false));
        assertEquals(List.of("Jan Weber"), BYLINES.names("Jan Weber (dpa)", false));
    }
}
