package org.wortlaut.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wortlaut.TestChain;
import org.wortlaut.model.Document;
import org.wortlaut.model.Entity;
import org.wortlaut.model.EntityGroup;

/** The entity stage's rules on the default chain, CoreNLP's model with every rule. */
class EntityRecognizerTest {

    private static List<String> entities(String text) {
        return TestChain.plain().annotate("t", text).entities().stream()
            .map(e -> e.text() + "/" + e.type() + "@" + e.start()).toList();
    }

    private static List<String> groups(String text) {
        Document document = TestChain.plain().annotate("t", text);
        return document.entityGroups().stream()
            .map(g -> g.canonical() + "/" + g.type() + "×" + g.mentions()).toList();
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
    void currencyWordsAndNationalityWordsAreNoEntities() {
        assertEquals(List.of("NBC/ORG@55"),
            entities("Die amerikanischen Hilfen von 43 Milliarden Dollar, so NBC, reichen nicht."));
        assertEquals(List.of("Gallup/ORG@41"),
            entities("Nur 41 Prozent der Amerikaner sagen laut Gallup, die Ukrainer verdienten Hilfe."));
    }

    @Test
    void aPeopleNamedLikeItsCountryIsTheCountryWithoutAnArticle() {
        assertEquals(List.of("Deutschland/LOC@19", "Polen/LOC@32", "Dänemark/LOC@46"),
            entities("Die Fans kamen aus Deutschland, Polen und aus Dänemark."));
        assertEquals(List.of(), entities("Die Polen und viele junge Schweden feierten."));
    }

    @Test
    void aSurnameAfterThePersonsFullNameIsThePerson() {
        assertEquals(List.of("Sabine Wetzlar/PER@8", "Deutschlandfunk/ORG@26", "Wetzlar/PER@50"),
            entities("Das sah Sabine Wetzlar im Deutschlandfunk anders. Wetzlar fordert mehr Geld."));
    }

    @Test
    void newsInstitutionsAreOrganisations() {
        assertEquals(List.of("Pentagon/ORG@4", "Kongress/ORG@21", "Weißen Haus/ORG@42"),
            entities("Das Pentagon und der Kongress streiten im Weißen Haus."));
    }

    @Test
    void rolesBeforeANameAreNotPartOfIt() {
        assertEquals(List.of("Jake Sullivan/PER@22"),
            entities("US-Sicherheitsberater Jake Sullivan reiste ab."));
    }

    @Test
    void aNameTaggedOnceIsTaggedEverywhereInTheArticle() {
        Document document = TestChain.plain().annotate("t",
            "Quellen des Senders NBC bestätigten das. Laut NBC kam er spät. NBC berichtete weiter.");
        assertEquals(List.of("NBC", "NBC", "NBC"), document.entities().stream().map(Entity::text).toList());
    }

    @Test
    void mentionsOfOneThingFormOneGroup() {
        assertEquals(List.of("Joe Biden/PER×3", "NATO/ORG×2", "Kiew/LOC×2"),
            groups("Joe Biden sprach über die Nato. Biden sagte, die NATO helfe Kiew. Bidens Plan stärkt Kiews Lage."));
    }

    @Test
    void groupsNameTheirMentions() {
        Document document = TestChain.plain().annotate("t", "Die EZB erhöht die Zinsen. Die Europäische Zentralbank bleibt hart.");
        EntityGroup group = document.entityGroups().get(0);
        assertEquals("Europäische Zentralbank", group.canonical());
        assertEquals(List.of("e1", "e2"), group.entities());
        assertEquals(List.of("g1", "g1"), document.entities().stream().map(Entity::group).toList());
        assertEquals(0 + "Die ".length(), group.first());
    }

    @Test
    void entitiesStayInsideTheirSentence() {
        String text = "Er sprach mit Joe Biden.\nWashington schwieg.";
        List<Entity> found = TestChain.plain().annotate("t", text).entities();
        assertEquals(List.of("Joe Biden", "Washington"), found.stream().map(Entity::text).toList());
        assertEquals(List.of("e1", "e2"), found.stream().map(Entity::id).toList());
    }
}
