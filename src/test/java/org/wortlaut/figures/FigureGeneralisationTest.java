package org.wortlaut.figures;

import static org.wortlaut.figures.FigureFixture.assertIso;
import static org.wortlaut.figures.FigureFixture.assertNumber;
import static org.wortlaut.figures.FigureFixture.assertOnly;
import static org.wortlaut.figures.FigureFixture.assertRange;
import static org.wortlaut.figures.FigureFixture.figure;
import static org.wortlaut.figures.FigureFixture.figures;
import static org.wortlaut.model.FigureType.CARDINAL;
import static org.wortlaut.model.FigureType.DATE;
import static org.wortlaut.model.FigureType.MONEY;
import static org.wortlaut.model.FigureType.ORDINAL;
import static org.wortlaut.model.FigureType.PERCENT;

import org.junit.jupiter.api.Test;
import org.wortlaut.model.FigureValue;

/** Cases beyond the guideline examples that news text brings. */
class FigureGeneralisationTest {

    @Test
    void thousandsSetApartByNarrowSpaces() {
        assertNumber("Rund 10\u202F000 Menschen kamen.", "Rund 10\u202F000", CARDINAL, "10000", null,
            org.wortlaut.model.Qualifier.APPROX);
    }

    @Test
    void hundredsAndThousandsWithoutOne() {
        assertNumber("Die Zahl stieg auf hundertzwanzig Fälle.", "hundertzwanzig", CARDINAL, "120");
        assertNumber("Er war der hundertste Gast.", "hundertste", ORDINAL, "100");
    }

    @Test
    void halfWithScale() {
        assertNumber("Eine halbe Milliarde Euro fließt in die Forschung.", "Eine halbe Milliarde Euro", MONEY,
            "500000000", "EUR", null);
    }

    @Test
    void percentCompounds() {
        assertNumber("Die Firma hält eine 50-prozentige Beteiligung.", "50-prozentige", PERCENT, "50", "%", null);
        assertNumber("Er bekam eine fünfprozentige Erhöhung.", "fünfprozentige", PERCENT, "5", "%", null);
    }

    @Test
    void olderYearsWithoutCountedNoun() {
        assertIso("Der Verein wurde 1899 gegründet.", "1899", DATE, "1899");
        assertNumber("Damals lebten dort 1500 Menschen.", "1500", CARDINAL, "1500");
        assertNumber("Die 2000 Polizisten sicherten das Spiel.", "2000", CARDINAL, "2000");
    }

    @Test
    void monthRangeWithoutYear() {
        assertRange(figure(figures("Die Messe dauert von Januar bis März."), "Januar bis März"),
            FigureValue.iso("--01"), FigureValue.iso("--03"));
        assertOnly("Im Mai und Juni regnete es.", "Mai", "Juni");
    }

    @Test
    void ordinalVerbsAndIdioms() {
        assertOnly("Wir achten darauf, dass in erster Linie Kinder profitieren.");
        assertNumber("Ein sechster Mann wurde angeklagt.", "sechster", ORDINAL, "6");
    }

    @Test
    void generationsAndRanksAreNoCounts() {
        assertOnly("Die 68er prägten das Land.");
        assertOnly("Die Nummer eins der Welt spielt auf Seite 3 mit.");
    }

    @Test
    void agesGluedToTheirNumber() {
        assertIso("Ein 58jähriger Vater wurde festgenommen.", "58jähriger", org.wortlaut.model.FigureType.DURATION,
            "P58Y");
    }

    @Test
    void paddedDayAndMonthWithoutFinalPeriod() {
        assertIso("Am Mittwoch (26.06) wurden Personen getötet.", "26.06", DATE, "--06-26");
    }

    @Test
    void timeRangeWithClockWordAtBothEnds() {
        assertRange(figure(figures("Die Geschäfte sind von 13:00 Uhr bis 18:00 Uhr geöffnet."),
            "13:00 Uhr bis 18:00 Uhr"), FigureValue.iso("13:00"), FigureValue.iso("18:00"));
    }

    @Test
    void hyphenatedDecade() {
        assertIso("Er spielte seit den 1940-er Jahren Theater.", "1940-er Jahren", DATE, "194");
    }

    @Test
    void colloquialApproximations() {
        assertNumber("Der Bär riss um die 20 Schafe.", "um die 20", CARDINAL, "20", null,
            org.wortlaut.model.Qualifier.APPROX);
        assertNumber("Es kamen zwei Dutzend Polizisten.", "zwei Dutzend", CARDINAL, "24");
        assertOnly("Mehrere hundert Soldaten und einige tausend Menschen kamen.");
    }

    @Test
    void firstAsInitial() {
        assertOnly("Ein erstes Vorauskommando traf ein.");
        assertOnly("In ersten Agenturmeldungen war von Geiseln die Rede.");
    }

    @Test
    void ordinalListsAndRangesOfDays() {
        assertOnly("Der dritte und vierte Platz blieben unverändert.", "dritte", "vierte");
        assertOnly("Vom 27. bis zum 30. Dezember findet der Kongress statt.", "27.", "30. Dezember");
    }

    @Test
    void modelNamesAndClubs() {
        assertOnly("Das Forschungsflugzeug „Polar 4“ ist abgestürzt.");
        assertOnly("Das Nachfolgemodell NH 90 ist zu groß, die Boeing 767-300 auch.");
        assertOnly("Der FC Schalke 04 entließ seinen Trainer.");
        assertOnly("Die Tafel hängt am Haus Handjerystraße 2 in Berlin.");
        assertNumber("Die Enzyklopädie ESPASA hat 175.000 Seiten.", "175.000", CARDINAL, "175000");
    }

    @Test
    void rangesRunUpwards() {
        assertOnly("Es endete mit Hannover 96 - 1 Tor.", "96", "1");
    }

    @Test
    void amountsComparedWithStattShareTheCurrency() {
        assertNumber("Karten kosten künftig sieben statt 6,50 Euro.", "sieben", MONEY, "7", "EUR", null);
    }

    @Test
    void nightFromOneDayToTheNext() {
        var figures = figures("In der Nacht vom 10. auf den 11. Februar 2006 brannte es.");
        FigureFixture.assertIso(figures, "10.", DATE, "2006-02-10", null);
        FigureFixture.assertIso(figures, "11. Februar 2006", DATE, "2006-02-11", null);
    }

    @Test
    void perMille() {
        assertNumber("Er hatte rund 1,1 Promille im Blut.", "rund 1,1 Promille", org.wortlaut.model.FigureType.QUANTITY,
            "1.1", "‰", org.wortlaut.model.Qualifier.APPROX);
    }

    @Test
    void negativeAmountsButNoTolerances() {
        assertNumber("Die Temperatur fiel auf minus 5 Grad.", "minus 5 Grad", org.wortlaut.model.FigureType.QUANTITY,
            "-5", "°C", null);
        assertNumber("Nachts waren es -3 Grad.", "-3 Grad", org.wortlaut.model.FigureType.QUANTITY, "-3", "°C", null);
        assertNumber("Die Höhe ist 771 Meter (plus/minus 13,5 Meter).", "13,5 Meter",
            org.wortlaut.model.FigureType.QUANTITY, "13.5", "m", null);
    }

    @Test
    void clockRangeBetween() {
        assertRange(figure(figures("Der Unfall geschah zwischen 8 und 10 Uhr."), "zwischen 8 und 10 Uhr"),
            FigureValue.iso("08:00"), FigureValue.iso("10:00"));
    }

    @Test
    void hyphenatedScaleAndCurrency() {
        assertNumber("Er stimmte gegen das 700-Milliarden-US-Dollar-Hilfspaket.", "700-Milliarden-US-Dollar", MONEY,
            "700000000000", "USD", null);
    }

    @Test
    void rankAtTheEndOfASentence() {
        assertNumber("Sie kam auf Rang 20.", "20", ORDINAL, "20");
    }

    @Test
    void multiWordJoinersShareTheUnit() {
        assertNumber("Sie erhielten 9,3 bzw. 8,0 Prozent.", "9,3", PERCENT, "9.3", "%", null);
    }

    @Test
    void listOfRanks() {
        assertOnly("Sie kamen auf die Plätze drei und vier.", "drei", "vier");
        assertNumber("Sie kamen auf die Plätze drei und vier.", "vier", ORDINAL, "4");
    }

    @Test
    void ordinalsTheSentenceSplitterCutOff() {
        assertNumber("Er war zu Gast beim „2. Deutschen Klimakongress“ in Berlin.", "2.", ORDINAL, "2");
        assertNumber("Das Urteil fällte der 6. Strafsenat des Gerichts.", "6.", ORDINAL, "6");
    }

    @Test
    void scoresIdiomsAndCategoryCompounds() {
        assertOnly("Bielefeld gewann 2 : 1 (1 : 0) gegen Frankfurt.");
        assertOnly("Er ließ die Regeln außer Acht.");
        assertOnly("Die Fünf-Sterne-Bewegung will eine Zwei-Staaten-Lösung.");
        assertNumber("Sie lebt in der 390.000-Einwohner-Stadt.", "390.000", CARDINAL, "390000");
        assertNumber("Die Liste: 2001: 35,2 %, 1997: 35,3 %.", "35,2 %", PERCENT, "35.2", "%", null);
    }

    @Test
    void halvesOfAPeriodAreNoFractions() {
        assertOnly("In der ersten Hälfte fielen keine Tore.", "ersten");
    }

    @Test
    void decadesWithoutTheWordJahre() {
        assertIso("Anfang der 90er wuchs die Stadt.", "90er", DATE, "199");
        assertIso("In den 80er-Jahren wuchs die Stadt.", "80er-Jahren", DATE, "198");
        assertOnly("Die 68er protestierten.");
    }

    @Test
    void moreUnits() {
        assertNumber("Das Flugzeug flog nur 50 Fuß hoch.", "50 Fuß", org.wortlaut.model.FigureType.QUANTITY, "50", "ft",
            null);
        assertNumber("Es kostete 5 Mio. US-$.", "5 Mio. US-$", MONEY, "5000000", "USD", null);
    }
}
