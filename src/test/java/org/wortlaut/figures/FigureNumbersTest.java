package org.wortlaut.figures;

import static org.wortlaut.figures.FigureFixture.assertNumber;
import static org.wortlaut.model.FigureType.CARDINAL;
import static org.wortlaut.model.FigureType.MONEY;
import static org.wortlaut.model.FigureType.PERCENT;
import static org.wortlaut.model.FigureType.QUANTITY;
import static org.wortlaut.model.Qualifier.APPROX;

import org.junit.jupiter.api.Test;

/** Numbers in German format and in words, scale words, percent, money and units. */
class FigureNumbersTest {

    @Test
    void germanThousandsSeparator() {
        assertNumber("Die Armee verlegte knapp 12.000 Soldaten an die Grenze.", "knapp 12.000", CARDINAL, "12000",
            null, APPROX);
    }

    @Test
    void germanDecimalComma() {
        assertNumber("Die Inflation lag zuletzt bei 3,2 %.", "3,2 %", PERCENT, "3.2", "%", null);
    }

    @Test
    void countedNounStaysOutside() {
        assertNumber("Ein Flugzeug mit 318 Passagieren an Bord landete sicher.", "318", CARDINAL, "318");
    }

    @Test
    void numberWords() {
        assertNumber("Bei dem Unfall wurden drei Menschen verletzt.", "drei", CARDINAL, "3");
        assertNumber("Dreiundvierzig Menschen kamen ums Leben.", "Dreiundvierzig", CARDINAL, "43");
        assertNumber("Die Stadt zählte zweitausendvierundzwanzig Einwohner.", "zweitausendvierundzwanzig", CARDINAL,
            "2024");
        assertNumber("Laut der Polizei waren über hundert Beamte im Einsatz.", "über hundert", CARDINAL, "100",
            null, org.wortlaut.model.Qualifier.AT_LEAST);
    }

    @Test
    void halvesInNumberWords() {
        assertNumber("Das Wasser stand bis anderthalb Meter hoch.", "bis anderthalb Meter", QUANTITY, "1.5", "m",
            org.wortlaut.model.Qualifier.AT_MOST);
        assertNumber("Die Fracht wog zweieinhalb Tonnen.", "zweieinhalb Tonnen", QUANTITY, "2.5", "t", null);
    }

    @Test
    void scaleWordsMultiply() {
        assertNumber("Das Projekt kostet 1,5 Mio. Euro.", "1,5 Mio. Euro", MONEY, "1500000", "EUR", null);
        assertNumber("Der Umsatz stieg auf 2,54 Mrd. Euro.", "2,54 Mrd. Euro", MONEY, "2540000000", "EUR", null);
        assertNumber("Rund 80 Tsd. Euro wurden gespendet.", "Rund 80 Tsd. Euro", MONEY, "80000", "EUR", APPROX);
        assertNumber("Etwa zehn Prozent der achtzig Millionen Ägypter sind Christen.", "achtzig Millionen",
            CARDINAL, "80000000");
        assertNumber("Die Demonstranten rechnen mit einer Million Menschen.", "einer Million", CARDINAL, "1000000");
    }

    @Test
    void moneyIsTheFullAmountInIsoCurrency() {
        assertNumber("Die USA haben die Ukraine mit rund 43 Milliarden Dollar unterstützt.",
            "rund 43 Milliarden Dollar", MONEY, "43000000000", "USD", APPROX);
        assertNumber("Die Regierung habe noch fünf Milliarden Dollar zur Verfügung.", "fünf Milliarden Dollar", MONEY,
            "5000000000", "USD", null);
        assertNumber("Die Bürgschaften steigen auf 54 Milliarden US-Dollar.", "54 Milliarden US-Dollar", MONEY,
            "54000000000", "USD", null);
        assertNumber("Die Busse kosten 2,5 Millionen Franken.", "2,5 Millionen Franken", MONEY, "2500000", "CHF",
            null);
        assertNumber("Der Club zahlte 30 Millionen Pfund für den Spieler.", "30 Millionen Pfund", MONEY, "30000000",
            "GBP", null);
        assertNumber("Der Eintritt kostet € 20 pro Person.", "€ 20", MONEY, "20", "EUR", null);
        assertNumber("Der Stand liegt bei 62.595,00 Euro.", "62.595,00 Euro", MONEY, "62595", "EUR", null);
    }

    @Test
    void currencyFromTheSentenceBefore() {
        var figures = FigureFixture.figures(
            "Der Konzern verdiente 1,2 Milliarden Euro. Im Vorjahr waren es 800 Millionen gewesen.");
        var f = FigureFixture.figure(figures, "800 Millionen");
        org.junit.jupiter.api.Assertions.assertEquals(MONEY, f.type());
        org.junit.jupiter.api.Assertions.assertEquals("EUR", f.unit());
        org.junit.jupiter.api.Assertions.assertEquals(FigureFixture.n("800000000"), f.value());
    }

    @Test
    void percentAndPercentagePoints() {
        assertNumber("Die Partei kam auf 41 Prozent der Stimmen.", "41 Prozent", PERCENT, "41", "%", null);
        assertNumber("Die Union verlor 5 Prozentpunkte.", "5 Prozentpunkte", PERCENT, "5", "pp", null);
        assertNumber("Die Quote lag bei acht Prozent.", "acht Prozent", PERCENT, "8", "%", null);
    }

    @Test
    void unitsAsShortSymbols() {
        assertNumber("Die Strecke ist 300 Kilometer lang.", "300 Kilometer", QUANTITY, "300", "km", null);
        assertNumber("Der Lastwagen hatte 5,3 t geladen.", "5,3 t", QUANTITY, "5.3", "t", null);
        assertNumber("Am Nachmittag wurden 20 Grad gemessen.", "20 Grad", QUANTITY, "20", "°C", null);
        assertNumber("Auf 800 Quadratmetern steht eine Sauna.", "800 Quadratmetern", QUANTITY, "800", "m²", null);
        assertNumber("Das Kraftwerk leistet 10 MW.", "10 MW", QUANTITY, "10", "MW", null);
        assertNumber("Der Satellit hat eine Masse von 6.540 Kilogramm.", "6.540 Kilogramm", QUANTITY, "6540", "kg",
            null);
        assertNumber("Die Böen erreichten 200 Kilometer pro Stunde.", "200 Kilometer pro Stunde", QUANTITY, "200",
            "km/h", null);
        assertNumber("Es werden 42 Millionen Kilowattstunden Strom erzeugt.", "42 Millionen Kilowattstunden",
            QUANTITY, "42000000", "kWh", null);
    }

    @Test
    void bareAgeInBracketsIsCardinal() {
        assertNumber("Der Helfer Stefan Z. (32) leitete das Team.", "32", CARDINAL, "32");
    }

    @Test
    void sentenceFinalNumberIsACount() {
        assertNumber("In Japan sind es vier Kinder pro Woche, in den USA sogar 27.", "27", CARDINAL, "27");
    }
}
