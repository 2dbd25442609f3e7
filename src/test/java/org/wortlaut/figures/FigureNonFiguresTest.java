package org.wortlaut.figures;

import static org.wortlaut.figures.FigureFixture.assertIso;
import static org.wortlaut.figures.FigureFixture.assertNumber;
import static org.wortlaut.figures.FigureFixture.assertOnly;
import static org.wortlaut.model.FigureType.CARDINAL;
import static org.wortlaut.model.FigureType.DURATION;
import static org.wortlaut.model.FigureType.QUANTITY;

import org.junit.jupiter.api.Test;
import org.wortlaut.model.Qualifier;

/** Names, identifiers, vague amounts and articles, which are no figures; and the "ein" that is one. */
class FigureNonFiguresTest {

    @Test
    void numbersInNamesAndIdentifiers() {
        assertOnly("Die Boeing 747 und der A380 landeten.");
        assertOnly("Shenzhou-7 startete mit Windows 95 an Bord.");
        assertOnly("Die G7 berieten über COVID-19.");
        assertOnly("Paragraf 218 und Artikel 5 wurden zitiert.");
        assertOnly("Die Bundesstraße 96 ist gesperrt.");
        assertOnly("Die Resolution des Sicherheitsrats trägt die Nummer 1701.");
    }

    @Test
    void telephoneNumbers() {
        assertOnly("Hinweise nimmt die Polizei unter Tel. 0221 229-0 entgegen.");
        assertOnly("Anrufe bitte an +49 30 1234567.");
    }

    @Test
    void webAddresses() {
        assertOnly("Bilder: commons.wikimedia.org/wiki/Protest_Mannheim_2022-03-05 Mehr Bilder");
    }

    @Test
    void vagueAmounts() {
        assertOnly("Dutzende Menschen und Hunderte Helfer kamen, viele blieben.");
        assertOnly("Millionen Menschen sahen zu.");
    }

    @Test
    void articleIsNoCount() {
        assertOnly("Ein Mann sagte, ein Mensch sei erschlagen worden.");
        assertOnly("Eine Stunde später kam die Polizei.");
        assertOnly("Seit einem Jahr wohnt er hier.");
        assertOnly("Beide Seiten sprachen über eine Lösung.");
    }

    @Test
    void articleThatCounts() {
        assertIso(FigureFixture.figures("Er blieb nur eine Woche."), "eine Woche", DURATION, "P1W", null);
        assertNumber("Sie erwarten eine Million Menschen.", "eine Million", CARDINAL, "1000000");
        assertNumber("Der Brocken wiegt über eine Tonne.", "über eine Tonne", QUANTITY, "1", "t", Qualifier.AT_LEAST);
        assertIso(FigureFixture.figures("Die Fertigstellung verzögerte sich um etwa ein Jahr."), "etwa ein Jahr",
            DURATION, "P1Y", Qualifier.APPROX);
    }

    @Test
    void relativeDatesAreNotAnnotated() {
        assertOnly("Gestern und im vergangenen Monat sowie nächste Woche passierte nichts.");
    }
}
