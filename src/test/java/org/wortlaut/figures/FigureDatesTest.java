package org.wortlaut.figures;

import static org.wortlaut.figures.FigureFixture.assertIso;
import static org.wortlaut.figures.FigureFixture.assertOnly;
import static org.wortlaut.figures.FigureFixture.assertRange;
import static org.wortlaut.figures.FigureFixture.figure;
import static org.wortlaut.figures.FigureFixture.figures;
import static org.wortlaut.model.FigureType.CARDINAL;
import static org.wortlaut.model.FigureType.DATE;
import static org.wortlaut.model.FigureType.ORDINAL;
import static org.wortlaut.model.FigureType.TIME;

import org.junit.jupiter.api.Test;
import org.wortlaut.model.FigureValue;
import org.wortlaut.model.Qualifier;

/** Dates, partial dates, years, decades, ranges and clock times. */
class FigureDatesTest {

    @Test
    void fullDates() {
        assertIso("Die Ausstellung öffnet am Sonntag, den 05.06.2005, in Koblenz.", "05.06.2005", DATE, "2005-06-05");
        assertIso("Die Ausstellung dauert bis zum 13. November 2005.", "13. November 2005", DATE, "2005-11-13");
        assertIso("Nach den Anschlägen des 11. Septembers 2001 wurden Gesetze verschärft.", "11. Septembers 2001",
            DATE, "2001-09-11");
    }

    @Test
    void dateWithoutYear() {
        assertIso("Die Wahl findet am 24. September statt.", "24. September", DATE, "--09-24");
        assertIso("Der Ausschuss berät am 20.06. über den Verkauf.", "20.06.", DATE, "--06-20");
        assertIso("Am ersten Oktober sind Parlamentswahlen.", "ersten Oktober", DATE, "--10-01");
    }

    @Test
    void bareMonthOnlyAsTheSpan() {
        assertIso("Die Partei wurde im Oktober vergangenen Jahres gegründet.", "Oktober", DATE, "--10");
        assertIso("Sie holte Anfang März fast 17 Prozent.", "März", DATE, "--03");
        assertOnly("August Bebel gründete die Partei.");
    }

    @Test
    void monthAndYear() {
        assertIso("Die Gruppe wurde im April 2022 gegründet.", "April 2022", DATE, "2022-04");
    }

    @Test
    void yearsAndYearsInEventNames() {
        assertIso("Der Vertrag wurde im Jahr 2009 geschlossen.", "2009", DATE, "2009");
        assertIso("Die EM 2008 fand in Österreich statt.", "2008", DATE, "2008");
        assertIso("Die Bücherverbrennung anno 1933 ist unvergessen.", "1933", DATE, "1933");
    }

    @Test
    void decadeIsItsFirstThreeDigits() {
        assertIso("In den siebziger Jahren wuchs die Stadt.", "siebziger Jahren", DATE, "197");
        assertIso("In den 80er Jahren wuchs die Stadt.", "80er Jahren", DATE, "198");
    }

    @Test
    void yearBeforeChristIsAstronomical() {
        assertIso("Die Siedlung entstand um 2500 v. Chr. am Fluss.", "2500 v. Chr.", DATE, "-2499");
    }

    @Test
    void yearRangesAreOneMention() {
        assertRange(figure(figures("Van Basten spielte von 1981 bis 1987 bei Ajax."), "1981 bis 1987"),
            FigureValue.iso("1981"), FigureValue.iso("1987"));
        assertRange(figure(figures("Für die Saison 2006/2007 gibt es noch Karten."), "2006/2007"),
            FigureValue.iso("2006"), FigureValue.iso("2007"));
        assertRange(figure(figures("Die CDs entstanden zwischen 1997 und 2001 in Berlin."), "zwischen 1997 und 2001"),
            FigureValue.iso("1997"), FigureValue.iso("2001"));
        assertRange(figure(figures("Es gab 1600 Angriffe von Januar bis September 2010."), "Januar bis September 2010"),
            FigureValue.iso("2010-01"), FigureValue.iso("2010-09"));
    }

    @Test
    void listOfDaysSharesTheMonth() {
        var figures = figures("Das Treffen ist für den 24. und 25. September geplant.");
        assertIso(figures, "24.", DATE, "--09-24", null);
        assertIso(figures, "25. September", DATE, "--09-25", null);
    }

    @Test
    void fourDigitCountsAreNoYears() {
        FigureFixture.assertNumber("Die UN-Truppe soll von derzeit 2000 auf rund 15.000 Soldaten wachsen.", "2000",
            CARDINAL, "2000");
    }

    @Test
    void halfYearOrdinalAndYear() {
        var figures = figures("Im ersten Halbjahr 2017 erhielt die FDP insgesamt 13 Großspenden.");
        assertIso(figures, "2017", DATE, "2017", null);
        org.junit.jupiter.api.Assertions.assertEquals(ORDINAL, figure(figures, "ersten").type());
    }

    @Test
    void holidaysAreNoFigures() {
        assertOnly("Am zweiten Weihnachtstag 2004 traf der Tsunami die Küste.", "2004");
    }

    @Test
    void clockTimes() {
        assertIso("Um 19 Uhr endete die Kundgebung.", "19 Uhr", TIME, "19:00");
        assertIso("Die Sitzung begann um 11:40 Uhr im Saal.", "11:40 Uhr", TIME, "11:40");
        assertIso(figures("Er eröffnete gegen 10:30 Uhr die Sitzung."), "gegen 10:30 Uhr", TIME, "10:30",
            Qualifier.APPROX);
        assertIso("Das Andocken gelang um 02:41 Uhr MESZ.", "02:41 Uhr", TIME, "02:41");
    }

    @Test
    void timeRange() {
        assertRange(figure(figures("Die Einrichtung ist von 6:00 bis 20:00 Uhr geöffnet."), "6:00 bis 20:00 Uhr"),
            FigureValue.iso("06:00"), FigureValue.iso("20:00"));
    }

    @Test
    void dateWithTimeIsTwoMentions() {
        var figures = figures("Das Angebot endet am 05.05.2005 19:30 Uhr.");
        assertIso(figures, "05.05.2005", DATE, "2005-05-05", null);
        assertIso(figures, "19:30 Uhr", TIME, "19:30", null);
    }

    @Test
    void scoresAreNoTimes() {
        assertOnly("Bayern gewann das Spiel mit 2:1 gegen Dortmund.");
    }
}
