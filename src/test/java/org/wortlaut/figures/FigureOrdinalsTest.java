package org.wortlaut.figures;

import static org.wortlaut.figures.FigureFixture.assertNumber;
import static org.wortlaut.figures.FigureFixture.assertOnly;
import static org.wortlaut.model.FigureType.FRACTION;
import static org.wortlaut.model.FigureType.ORDINAL;
import static org.wortlaut.model.Qualifier.APPROX;
import static org.wortlaut.model.Qualifier.AT_LEAST;

import org.junit.jupiter.api.Test;

/** Ordinals and fractions. */
class FigureOrdinalsTest {

    @Test
    void ordinalWordsAndDigits() {
        assertNumber("Am achten Tag kam die Wende.", "achten", ORDINAL, "8");
        assertNumber("Sie belegte den 3. Platz.", "3.", ORDINAL, "3");
        assertNumber("Er traf in der 90. Minute.", "90.", ORDINAL, "90");
        assertNumber("Die PVV trat zum zweiten Mal an.", "zweiten", ORDINAL, "2");
        assertNumber("Sie wurde am Ende Achte.", "Achte", ORDINAL, "8");
    }

    @Test
    void rankAfterPlace() {
        assertNumber("Sie rutschte auf Platz drei ab.", "drei", ORDINAL, "3");
    }

    @Test
    void ordinalCompoundsAreOneWord() {
        assertNumber("Es ist der dritthöchste Wasserfall der Welt.", "dritthöchste", ORDINAL, "3");
        assertNumber("Der bisher drittplatzierte Wasserfall fiel zurück.", "drittplatzierte", ORDINAL, "3");
    }

    @Test
    void initialAndNamesAreNoOrdinals() {
        assertOnly("Ersten Angaben zufolge gab es Verletzte.");
        assertOnly("Erste Bilder zeigen die Zerstörung.");
        assertOnly("Erstens fehlt Geld, zweitens fehlt Zeit.");
        assertOnly("Der 1. FC Köln gewann.");
        assertOnly("Er war Bürgermeister im Dritten Reich.");
    }

    @Test
    void fractions() {
        assertNumber("Zwei Drittel der Befragten stimmten zu.", "Zwei Drittel", FRACTION, "0.6667");
        assertNumber("Drei Viertel dieser Todesfälle entfallen auf Asien.", "Drei Viertel", FRACTION, "0.75");
        assertNumber("Ein Drittel der Stellen fällt weg.", "Ein Drittel", FRACTION, "0.3333");
        assertNumber("Die Hälfte davon soll die Schulden decken.", "Hälfte", FRACTION, "0.5");
        assertNumber("Über die Hälfte der Stimmen ging an ihn.", "Über die Hälfte", FRACTION, "0.5", null, AT_LEAST);
    }

    @Test
    void everySecondIsAHalf() {
        assertNumber("Jeder zweite Deutsche fährt in den Urlaub.", "Jeder zweite", FRACTION, "0.5");
        assertNumber("Kontrolliert wird etwa jeder zehnte Besucher.", "etwa jeder zehnte", FRACTION, "0.1", null,
            APPROX);
    }
}
