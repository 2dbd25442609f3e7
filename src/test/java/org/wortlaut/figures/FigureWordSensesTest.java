package org.wortlaut.figures;

import static org.wortlaut.figures.FigureFixture.assertNumber;
import static org.wortlaut.figures.FigureFixture.assertOnly;
import static org.wortlaut.model.FigureType.CARDINAL;
import static org.wortlaut.model.FigureType.FRACTION;
import static org.wortlaut.model.FigureType.ORDINAL;
import static org.wortlaut.model.FigureType.QUANTITY;

import org.junit.jupiter.api.Test;
import org.wortlaut.model.Qualifier;

/** Number words that mean something other than a number, and a number that leads with its unit. */
class FigureWordSensesTest {

    @Test
    void thirdPartiesAreNoRank() {
        assertOnly("Die Daten dürfen nicht an Dritte weitergegeben werden.");
        assertOnly("Dritte haben keinen Zugriff auf die Konten.");
        assertOnly("Unter den Opfern sollen sich unbeteiligte Dritte befinden.");
        assertOnly("Die Haftung gegenüber Dritten ist ausgeschlossen.");
    }

    @Test
    void aThirdPlaceStaysARank() {
        assertNumber("Sie wurde am Ende Dritte.", "Dritte", ORDINAL, "3");
        assertNumber("Die Staffel, die in Genf startete, wurde Dritte.", "Dritte", ORDINAL, "3");
        assertNumber("Der Dritte im Bunde fehlte.", "Dritte", ORDINAL, "3");
        assertOnly("Die Dritte Liga startet am 2. August.", "2. August");
    }

    @Test
    void theFirstInThePluralMeansInitial() {
        assertOnly("Die ersten Jahre waren toll.");
        assertOnly("Die ersten Gäste kamen schon am Mittag.");
        assertOnly("In den ersten Wochen im Amt gab es Streit.");
        assertOnly("Innerhalb der ersten Tage wurden 35 Kämpfer getötet.", "35");
    }

    @Test
    void theFirstBeforeACountOrInTheSingularStaysARank() {
        assertOnly("Die ersten drei Jahre waren toll.", "ersten", "drei Jahre");
        assertOnly("Im ersten Jahr kamen 300 Besucher.", "ersten", "300");
        assertOnly("Der erste Tag verlief ruhig.", "erste");
    }

    @Test
    void aHalfWithAnAdjectiveIsAPlace() {
        assertOnly("Der Ball landete in der gegnerischen Hälfte.");
        assertOnly("In der eigenen Hälfte verlor er den Ball.");
        assertOnly("Die obere Hälfte des Turms wurde gesperrt.");
    }

    @Test
    void aHalfAsAShareStaysAFraction() {
        assertNumber("Die Hälfte der Befragten stimmte zu.", "Hälfte", FRACTION, "0.5");
        assertNumber("Die andere Hälfte der Mittel fließt nach Berlin.", "Hälfte", FRACTION, "0.5");
        assertNumber("Die knappe Hälfte der Stimmen ging an die SPD.", "knappe Hälfte", FRACTION, "0.5", null,
            Qualifier.APPROX);
    }

    @Test
    void listMarkersAreNoCounts() {
        assertOnly("5) Die Stadt muss sparen.");
        assertOnly("Die Punkte lauten: 1) Kosten senken, 2) Personal halten.");
    }

    @Test
    void bracketedNumbersInTheTextStayCounts() {
        assertNumber("Zugestimmt hat auch Kim Meier (32).", "32", CARDINAL, "32");
        assertNumber("Die Zahl der Fälle (Stand: 12) stieg.", "12", CARDINAL, "12");
    }

    @Test
    void tempoLeadsItsSpeed() {
        assertNumber("Auf der Neubaustrecke gilt Tempo 300.", "Tempo 300", QUANTITY, "300", "km/h", null);
        assertNumber("In der Innenstadt gilt künftig Tempo 30.", "Tempo 30", QUANTITY, "30", "km/h", null);
        assertNumber("Der Zug fährt mit Tempo 250 durch den Tunnel.", "Tempo 250", QUANTITY, "250", "km/h", null);
        assertNumber("Auf der A7 gilt ein Tempolimit 130.", "Tempolimit 130", QUANTITY, "130", "km/h", null);
        assertNumber("Der Zug erreicht ein Höchsttempo 300.", "Höchsttempo 300", QUANTITY, "300", "km/h", null);
    }

    @Test
    void tempoZonesAreCategories() {
        assertOnly("Die Stadt plant weitere Tempo-30-Zonen.");
    }
}
