package org.wortlaut.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wortlaut.TestChain;
import org.wortlaut.model.Entity;

class EntityRecognizerTest {

    private static List<String> entities(String text) {
        return TestChain.plain().annotate("t", text).entities().stream()
            .map(e -> e.text() + "/" + e.type() + "@" + e.start()).toList();
    }

    @Test
    void findsPeoplePlacesAndOrganisationsWithOffsets() {
        assertEquals(List.of("Angela Merkel/PER@0", "Berlin/LOC@22", "Siemens/ORG@46"),
            entities("Angela Merkel traf in Berlin den Vorstand von Siemens."));
    }

    @Test
    void contractionBeforeANameStaysOutsideTheEntity() {
        String text = "Die Sitzung fand im Weißen Haus in Washington statt.";
        List<Entity> found = TestChain.plain().annotate("t", text).entities();
        assertEquals(List.of("Weißen Haus", "Washington"), found.stream().map(Entity::text).toList());
    }

    @Test
    void currencyWordsAndNationalityAdjectivesAreNoEntities() {
        assertEquals(List.of("NBC/ORG@55"),
            entities("Die amerikanischen Hilfen von 43 Milliarden Dollar, so NBC, reichen nicht."));
    }

    @Test
    void entitiesStayInsideTheirSentence() {
        String text = "Er sprach mit Joe Biden.\nWashington schwieg.";
        List<Entity> found = TestChain.plain().annotate("t", text).entities();
        assertEquals(List.of("Joe Biden", "Washington"), found.stream().map(Entity::text).toList());
        assertEquals(List.of("e1", "e2"), found.stream().map(Entity::id).toList());
    }
}
