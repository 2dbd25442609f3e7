package org.wortlaut.figures;

import static org.wortlaut.figures.FigureFixture.assertIso;
import static org.wortlaut.figures.FigureFixture.assertNumber;
import static org.wortlaut.figures.FigureFixture.assertOnly;
import static org.wortlaut.figures.FigureFixture.figures;
import static org.wortlaut.model.FigureType.CARDINAL;
import static org.wortlaut.model.FigureType.DURATION;
import static org.wortlaut.model.FigureType.PERCENT;

import org.junit.jupiter.api.Test;
import org.wortlaut.model.Qualifier;

/** Durations, ages and number words inside compounds. */
class FigureDurationsTest {

    @Test
    void durationsInIso() {
        assertIso("Nur drei Monate zuvor waren es noch 24 Prozent.", "drei Monate", DURATION, "P3M");
        assertIso("Lesezeit: 2 min", "2 min", DURATION, "PT2M");
        assertIso("Der Vertrag läuft zehn Jahre.", "zehn Jahre", DURATION, "P10Y");
        assertIso("Zwei Stunden nach der Tat stellte er sich.", "Zwei Stunden", DURATION, "PT2H");
        assertIso("Die Proteste dauern seit zwei Wochen an.", "zwei Wochen", DURATION, "P2W");
    }

    @Test
    void fractionalDurationsCarryIntoSmallerUnits() {
        assertIso("Sie hatte sich vor zweieinhalb Jahren getrennt.", "zweieinhalb Jahren", DURATION, "P2Y6M");
        assertIso("Die Schulden sanken seit einem halben Jahr.", "einem halben Jahr", DURATION, "P6M");
        assertIso("Die Fahrt dauert anderthalb Stunden.", "anderthalb Stunden", DURATION, "PT1H30M");
    }

    @Test
    void relativeDateKeepsOnlyTheDuration() {
        assertOnly("Der Tsunami traf die Küste vor drei Jahren.", "drei Jahren");
        assertOnly("Die Mönche protestieren seit zehn Tagen.", "zehn Tagen");
    }

    @Test
    void agesAreDurations() {
        assertIso("Ein 39 Jahre alter Mann wurde festgenommen.", "39 Jahre", DURATION, "P39Y");
        assertIso("Er erschoss seine 38-jährige Frau.", "38-jährige", DURATION, "P38Y");
        assertIso("Der 25-Jährige wechselt nach Rostock.", "25-Jährige", DURATION, "P25Y");
        assertIso("Sie starb im Alter von 50 Jahren.", "50 Jahren", DURATION, "P50Y");
    }

    @Test
    void eachAgeOfAListIsAMention() {
        var figures = figures("Er hat keinen Kontakt zu den drei 18, 13 und neun Jahre alten Kindern.");
        FigureFixture.assertIso(figures, "18", DURATION, "P18Y", null);
        FigureFixture.assertIso(figures, "13", DURATION, "P13Y", null);
        FigureFixture.assertIso(figures, "neun Jahre", DURATION, "P9Y", null);
        org.junit.jupiter.api.Assertions.assertEquals(CARDINAL, FigureFixture.figure(figures, "drei").type());
    }

    @Test
    void durationRange() {
        var f = FigureFixture.figure(figures("Der Täter ist 21 bis 24 Jahre alt."), "21 bis 24 Jahre");
        FigureFixture.assertRange(f, org.wortlaut.model.FigureValue.iso("P21Y"),
            org.wortlaut.model.FigureValue.iso("P24Y"));
    }

    @Test
    void hedgedDuration() {
        assertIso(figures("Vor über zehn Jahren schrieb die Behörde Firmen an."), "über zehn Jahren", DURATION, "P10Y",
            Qualifier.AT_LEAST);
        assertIso(figures("Die Fahrzeit sinkt von über zwanzig auf etwa acht Stunden."), "über zwanzig", DURATION,
            "PT20H", Qualifier.AT_LEAST);
    }

    @Test
    void compoundsStatingDurations() {
        assertIso("Nach der zehnmonatigen Pause kehrte er zurück.", "zehnmonatigen", DURATION, "P10M");
        assertIso("Der zweitägige Gipfel endete am Abend.", "zweitägige", DURATION, "P2D");
        assertIso("Der dreitägige Wettbewerb endete.", "dreitägige", DURATION, "P3D");
        assertIso("Das Zehn-Tage-Angebot endet bald.", "Zehn-Tage", DURATION, "P10D");
    }

    @Test
    void spanStopsAtTheHyphen() {
        assertIso("Der 45-Minuten-Takt gilt ab Montag.", "45-Minuten", DURATION, "PT45M");
        assertNumber("Sie scheiterte an der 5-Prozent-Hürde.", "5-Prozent", PERCENT, "5", "%", null);
        assertNumber("Die FDP liegt unter der 5%-Hürde.", "5%", PERCENT, "5", "%", null);
    }

    @Test
    void compoundsStatingCounts() {
        assertNumber("Eine zwölfköpfige Jury entschied.", "zwölfköpfige", CARDINAL, "12");
        assertNumber("Das ist der zwölffachen Menge gleich.", "zwölffachen", CARDINAL, "12");
        assertNumber("Er wurde viermal verurteilt.", "viermal", CARDINAL, "4");
        assertNumber("Der Plan sieht eine Verdreifachung der Mittel vor.", "Verdreifachung", CARDINAL, "3");
        assertNumber("Mehr als einmal musste sie fliehen.", "Mehr als einmal", CARDINAL, "1", null,
            Qualifier.AT_LEAST);
    }

    @Test
    void productWordsAndVerbsAreNoFigures() {
        assertOnly("Der Sechssitzer verdoppelt seinen Absatz.");
        assertOnly("Der Zweitligist verlor noch einmal.");
    }
}
