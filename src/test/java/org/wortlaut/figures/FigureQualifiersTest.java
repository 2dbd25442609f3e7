package org.wortlaut.figures;

import static org.wortlaut.figures.FigureFixture.assertNumber;
import static org.wortlaut.figures.FigureFixture.assertOnly;
import static org.wortlaut.figures.FigureFixture.assertRange;
import static org.wortlaut.figures.FigureFixture.figure;
import static org.wortlaut.figures.FigureFixture.figures;
import static org.wortlaut.figures.FigureFixture.n;
import static org.wortlaut.model.FigureType.CARDINAL;
import static org.wortlaut.model.FigureType.MONEY;
import static org.wortlaut.model.FigureType.PERCENT;
import static org.wortlaut.model.FigureType.QUANTITY;
import static org.wortlaut.model.Qualifier.APPROX;
import static org.wortlaut.model.Qualifier.AT_LEAST;
import static org.wortlaut.model.Qualifier.AT_MOST;

import org.junit.jupiter.api.Test;

/** Qualifiers, ranges and lists. */
class FigureQualifiersTest {

    @Test
    void approximate() {
        assertNumber("Unter den Passagieren waren etwa 75 Schulkinder.", "etwa 75", CARDINAL, "75", null, APPROX);
        assertNumber("Der Anteil liegt bei ca. 50.000 Wohnungen.", "ca. 50.000", CARDINAL, "50000", null, APPROX);
        assertNumber("Sie erreichte fast 17 Prozent.", "fast 17 Prozent", PERCENT, "17", "%", APPROX);
        assertNumber("Die Masse von rund 6,5 Tonnen verglüht.", "rund 6,5 Tonnen", QUANTITY, "6.5", "t", APPROX);
    }

    @Test
    void atLeast() {
        assertNumber("Mindestens 52 Menschen starben.", "Mindestens 52", CARDINAL, "52", null, AT_LEAST);
        assertNumber("Mehr als 1.200 Abgeordnete wurden befragt.", "Mehr als 1.200", CARDINAL, "1200", null, AT_LEAST);
        assertNumber("Bei dem Absturz kamen über 100 Menschen ums Leben.", "über 100", CARDINAL, "100", null, AT_LEAST);
        assertNumber("Die Grenze fällt ab 7.000 Euro weg.", "ab 7.000 Euro", MONEY, "7000", "EUR", AT_LEAST);
        assertNumber("Einkommen oberhalb von 7.000 Euro werden nicht erfasst.", "oberhalb von 7.000 Euro", MONEY,
            "7000", "EUR", AT_LEAST);
        assertNumber("Der Schaden liegt bei etwas über 28 Mio. Euro.", "über 28 Mio. Euro", MONEY, "28000000", "EUR",
            AT_LEAST);
    }

    @Test
    void atMost() {
        assertNumber("Es kommen Chefs von bis zu 30 Staaten.", "bis zu 30", CARDINAL, "30", null, AT_MOST);
        assertNumber("Die Frauenquote liegt unter 10 Prozent.", "unter 10 Prozent", PERCENT, "10", "%", AT_MOST);
        assertNumber("Erlaubt sind bis 20 Kilogramm Gepäck.", "bis 20 Kilogramm", QUANTITY, "20", "kg", AT_MOST);
        assertNumber("Es waren weniger als 500 Zuschauer.", "weniger als 500", CARDINAL, "500", null, AT_MOST);
        assertNumber("Sie erkranken bis zu 20 Mal häufiger.", "bis zu 20", CARDINAL, "20", null, AT_MOST);
    }

    @Test
    void qualifierSeparatedByOtherWordsIsDropped() {
        assertNumber("Rund sind nur 20 Stück übrig.", "20", CARDINAL, "20");
    }

    @Test
    void rangesAreOneMention() {
        var f = figure(figures("Die Quote liegt zwischen 10 und 20 Prozent."), "zwischen 10 und 20 Prozent");
        assertRange(f, n("10"), n("20"));
        assertRange(figure(figures("Die Quote liegt bei 10 bis 20 Prozent."), "10 bis 20 Prozent"), n("10"), n("20"));
        assertRange(figure(figures("Dort waren 30 bis 50 Anhänger."), "30 bis 50"), n("30"), n("50"));
        var money = figure(figures("Die Preise liegen zwischen 107 und 338 Euro."), "zwischen 107 und 338 Euro");
        assertRange(money, n("107"), n("338"));
        org.junit.jupiter.api.Assertions.assertEquals("EUR", money.unit());
        assertRange(figure(figures("Nur ein bis zwei Schwestern sind da."), "ein bis zwei"), n("1"), n("2"));
    }

    @Test
    void listsShareTheUnit() {
        var figures = figures("Er siegte mit Sprüngen von 94,5 und 85,5 Metern.");
        assertNumber("Er siegte mit Sprüngen von 94,5 und 85,5 Metern.", "94,5", QUANTITY, "94.5", "m", null);
        org.junit.jupiter.api.Assertions.assertEquals("m", figure(figures, "85,5 Metern").unit());
        assertNumber("Die Quoten lagen bei 8,2 und 8,3 Prozent.", "8,2", PERCENT, "8.2", "%", null);
    }

    @Test
    void separateCountsStaySeparate() {
        assertOnly("Es gibt 71 Kindergärten und 56 Kindergruppen.", "71", "56");
    }
}
