package org.wortlaut.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wortlaut.TestChain;

/**
 * Names in one list are of one kind; a cue noun types the whole list after it.
 * On the default chain, CoreNLP's model with every entity rule.
 */
class EntityCoordinatedNamesTest {

    private static List<String> entities(String text) {
        return TestChain.plain().annotate("t", text).entities().stream()
            .map(e -> e.text() + "/" + e.type() + "@" + e.start()).toList();
    }

    @Test
    void theOddPlaceInAListOfPeopleIsAPerson() {
        assertEquals(List.of("Lucia/PER@16", "Europa/PER@23", "Anna Maria/PER@34"),
            entities("Ihre Schwestern Lucia, Europa und Anna Maria wurden Malerinnen."));
    }

    @Test
    void theOddPersonInAListOfPlacesIsAPlace() {
        assertEquals(List.of("Hokkala/LOC@32", "Kumpula/LOC@41", "Nurmijoki/LOC@50", "Pölkki/LOC@64"),
            entities("Zur Gemeinde gehören die Dörfer Hokkala, Kumpula, Nurmijoki und Pölkki."));
    }

    @Test
    void anOrganisationBesidePlacesStaysAnOrganisation() {
        assertEquals(List.of("Verlag Paul Haupt/ORG@4", "Bern/LOC@23", "Stuttgart/LOC@32"),
            entities("Der Verlag Paul Haupt, Bern und Stuttgart, gab das Buch heraus."));
    }

    @Test
    void aCueNounTypesEveryNameCoordinatedAfterIt() {
        assertEquals(List.of("Siemens/ORG@41", "Bombardier/ORG@53"),
            entities("Darauf habe man sich mit den Herstellern Siemens und Bombardier geeinigt."));
    }

    @Test
    void aNameInTheGenitiveAfterACueNounIsTheOwnerNotTheThing() {
        assertEquals(List.of("Monacos/LOC@35"),
            entities("Er starb in der Herz-Lungen-Klinik Monacos an einer Lungenentzündung."));
    }

    @Test
    void aNameInAppositionIsNotTypedByTheCueBeforeTheFirst() {
        assertEquals(List.of("Dörverden/LOC@31", "Heiner Falldorf/PER@42"),
            entities("Der Bürgermeister der Gemeinde Dörverden, Heiner Falldorf, schätzt den Vorgang anders ein."));
    }
}
