package org.wortlaut.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wortlaut.TestChain;

/**
 * Names made whole from the words around the model's mention, and words that stay outside.
 * On the default chain, CoreNLP's model with every entity rule.
 */
class EntityNameExtentsTest {

    private static List<String> entities(String text) {
        return TestChain.plain().annotate("t", text).entities().stream()
            .map(e -> e.text() + "/" + e.type() + "@" + e.start()).toList();
    }

    @Test
    void aPlaceAdjectiveAndAHeadNounAreOneNameOfTheHeadsType() {
        assertEquals(List.of("Frankfurter Hauptbahnhof/LOC@19"), entities("Die Züge halten am Frankfurter Hauptbahnhof nicht mehr."));
        assertEquals(List.of("Hamburger Frauenhilfe/ORG@4", "Berliner Senat/ORG@34"),
            entities("Die Hamburger Frauenhilfe und der Berliner Senat stritten."));
    }

    @Test
    void nationalAndOrdinalAdjectivesBelongToTheName() {
        assertEquals(List.of("Deutschen Bundestag/ORG@21"), entities("Der Antrag liegt dem Deutschen Bundestag seit Mai vor."));
        assertEquals(List.of("Dreißigjährigen Krieg/MISC@3"), entities("Im Dreißigjährigen Krieg wurden viele Häuser zerstört."));
    }

    @Test
    void countedNounsAreNoAdjectives() {
        assertEquals(List.of(), entities("Nach vier Jahren Krieg war das Land erschöpft."));
    }

    @Test
    void anOpeningNounJoinsThePlaceOrPersonAfterIt() {
        assertEquals(List.of("Universität Gießen/ORG@29"), entities("Sie studierte Medizin an der Universität Gießen."));
        assertEquals(List.of("Verlag Paul Haupt/ORG@4", "Bern/LOC@31"), entities("Der Verlag Paul Haupt sitzt in Bern."));
    }

    @Test
    void aSaintsTitleBelongsToThePlace() {
        assertEquals(List.of("St. Moritz/LOC@16"), entities("Sie fuhren nach St. Moritz in die Ferien."));
        assertEquals(List.of("Sankt Augustin/LOC@24"), entities("Er wohnt seit Jahren in Sankt Augustin."));
    }

    @Test
    void aHospitalNamedForASaintIsAnOrganisation() {
        assertEquals(List.of("St. Annen/ORG@21"), entities("Das Kreiskrankenhaus St. Annen soll schließen."));
    }

    @Test
    void aTownAndItsRiverAreOnePlace() {
        assertEquals(List.of("Frankfurt am Main/LOC@16", "Weil am Rhein/LOC@39"),
            entities("Sie reisten von Frankfurt am Main nach Weil am Rhein."));
        assertEquals(List.of("Kfar Jassuf/LOC@11", "Westjordanland/LOC@26"),
            entities("Er lebt in Kfar Jassuf im Westjordanland."));
    }

    @Test
    void theTownAloneJoinsItsFullNamesGroup() {
        List<String> groups = TestChain.plain().annotate("t", "Sie zog nach Freiburg im Breisgau. Freiburg gefiel ihr.")
            .entityGroups().stream().map(g -> g.canonical() + "/" + g.type() + "×" + g.mentions()).toList();
        assertEquals(List.of("Freiburg im Breisgau/LOC×2"), groups);
    }

    @Test
    void numberedRoadsArePlacesButAircraftAreNot() {
        assertEquals(List.of("A 7/LOC@8", "Hamburg/LOC@40"), entities("Auf der A 7 staute sich der Verkehr bis Hamburg."));
        assertEquals(List.of(), entities("Die Bruchlandung eines A 340 beschäftigt die Ermittler."));
    }

    @Test
    void clubsKeepTheirNumbers() {
        assertEquals(List.of("1. FC Nürnberg/ORG@4", "Hannover 96/ORG@32"),
            entities("Der 1. FC Nürnberg verlor gegen Hannover 96 mit 0:2."));
        assertEquals(List.of("Illinois/LOC@3"), entities("In Illinois 12 Menschen verurteilt."));
    }

    @Test
    void aMakerAndAModelNameAProduct() {
        assertEquals(List.of("Boeing 737-500/MISC@5"), entities("Eine Boeing 737-500 der Fluggesellschaft stürzte ab."));
        assertEquals(List.of("Siemens/ORG@4"), entities("Bei Siemens 100 Millionen Euro Verlust."));
    }

    @Test
    void theHouseNumberBelongsToTheAddress() {
        assertEquals(List.of("Brandenburg/LOC@11", "Havel/LOC@30", "Neuendorfer Straße 90c/LOC@43"),
            entities("Sie lag in Brandenburg an der Havel in der Neuendorfer Straße 90c am Fluss."));
        assertEquals(List.of("Hauptstraße/LOC@7"), entities("An der Hauptstraße 12 Kinder warteten."));
    }

    @Test
    void aMakersNameWithTheModelTakenInIsTheProduct() {
        assertEquals(List.of("Boeing 747/MISC@33", "Airbus A380/MISC@51"),
            entities("Die Software steckt u. a. in der Boeing 747 und im Airbus A380."));
    }
}
