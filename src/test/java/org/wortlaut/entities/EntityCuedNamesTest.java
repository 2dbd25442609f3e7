package org.wortlaut.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wortlaut.TestChain;
import org.wortlaut.model.EntityType;

/**
 * A noun before a name says what the name is: works in quotation marks, companies, bands.
 * On the default chain, CoreNLP's model with every entity rule.
 */
class EntityCuedNamesTest {

    private static List<String> entities(String text) {
        return TestChain.plain().annotate("t", text).entities().stream()
            .map(e -> e.text() + "/" + e.type() + "@" + e.start()).toList();
    }

    @Test
    void aQuotedTitleAfterAWorkNounIsOneMiscMention() {
        assertEquals(List.of("Das Parfum/MISC@19"), entities("Sie las den Roman „Das Parfum“ in einer Nacht."));
        assertEquals(List.of("Der unsichtbare Dritte/MISC@17"),
            entities("Er sah den Film „Der unsichtbare Dritte“ im Fernsehen."));
    }

    @Test
    void aTitleAfterAColonAndTitlesCoordinatedWithItAreWorksToo() {
        assertEquals(List.of("Ratfale jasfa/MISC@37"),
            entities("Sie erzählt davon in ihrem Gedicht: „Ratfale jasfa“."));
        assertEquals(List.of("Unsere 50er Jahre/MISC@22", "Unsere 60er Jahre/MISC@46"),
            entities("Es liefen die Serien „Unsere 50er Jahre“ und „Unsere 60er Jahre“ im Fernsehen."));
    }

    @Test
    void aCueNounTheModelTookIntoTheNameIsLeftOut() {
        assertEquals(List.of("Forsa/ORG@37"), entities("Das ergab eine Umfrage des Instituts Forsa unter Lehrern."));
        assertEquals(List.of("Verlag Paul Haupt/ORG@15", "Bern/LOC@36"), entities("Es erschien im Verlag Paul Haupt in Bern."));
    }

    @Test
    void compoundsOfAWorkNounCueToo() {
        assertEquals(List.of("ZDF/ORG@4", "37 Grad/MISC@41"),
            entities("Das ZDF zeigt die Dokumentationssendung „37 Grad“ am Dienstag."));
    }

    @Test
    void anOrganisationNounRetypesTheNameAfterIt() {
        assertEquals(List.of("Mattel/ORG@24"), entities("Der Spielzeughersteller Mattel meldete höhere Gewinne."));
        assertEquals(List.of("Fold Zandura/ORG@13", "Hamburg/LOC@34"),
            entities("Die Rockband Fold Zandura trat in Hamburg auf."));
    }

    @Test
    void aPlaceOrPersonAfterAWorkOrPlaceNounKeepsItsType() {
        assertEquals(List.of("Deutschland/LOC@43", "Serbien/LOC@61"),
            entities("Er kritisierte den Schiedsrichter im Spiel Deutschland gegen Serbien."));
        assertEquals(List.of("Peter Kurz/PER@42"), entities("Es sprach der Oberbürgermeister der Stadt Peter Kurz."));
    }

    @Test
    void aBookOfPoemsIsAWorkThoughItEndsInBand() {
        assertEquals(List.of("Seht es sind Schmerzen/MISC@18"),
            entities("Sein Gedichtband „Seht es sind Schmerzen“ erschien 1897."));
    }

    @Test
    void quotedSpeechWithoutACueNounIsNoName() {
        assertEquals(List.of(), entities("„Wir sind sehr zufrieden“, sagte der Trainer."));
    }

    @Test
    void cueNounsAreFoundAsWordsAndCompoundHeads() {
        NounLexicon cues = new NounLexicon("entities/cue-nouns.tsv");
        assertEquals(EntityType.MISC, cues.typeOf("Kinofilms"));
        assertEquals(EntityType.ORG, cues.typeOf("Technologie-Konzerns"));
        assertNull(cues.typeOf("Beispiel"));
        assertNull(cues.typeOf("film"));
    }
}
