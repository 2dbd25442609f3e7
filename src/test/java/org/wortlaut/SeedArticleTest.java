package org.wortlaut;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wortlaut.model.Document;
import org.wortlaut.model.Entity;
import org.wortlaut.model.EntityGroup;
import org.wortlaut.model.EntityType;
import org.wortlaut.model.InputInfo;
import org.wortlaut.model.ZoneKind;

/** The real article the project started from, run through the whole chain as a page. */
class SeedArticleTest {

    private static Document seed;

    @BeforeAll
    static void annotate() throws IOException {
        Optional<Path> file = TestChain.shared("seed/000_69b0c0a304327b38.txt");
        if (file.isPresent()) {
            seed = TestChain.page().annotate(Document.of("seed", file.get().toString(), InputInfo.NONE,
                Files.readString(file.get())));
        }
    }

    private static Document seed() {
        assumeTrue(seed != null, "../shared is not on this machine");
        return seed;
    }

    private static List<EntityType> typesOf(String text) {
        return seed().entities().stream().filter(e -> e.text().equals(text)).map(Entity::type).distinct().toList();
    }

    @Test
    void organisationsPeopleAndPlaces() {
        assertEquals(List.of(EntityType.ORG), typesOf("NBC"));
        assertEquals(List.of(EntityType.ORG), typesOf("Gallup"));
        assertEquals(List.of(EntityType.PER), typesOf("Jake Sullivan"));
        assertEquals(List.of(EntityType.PER), typesOf("Joe Biden"));
        assertEquals(List.of(EntityType.LOC), typesOf("Kiew"));
        assertEquals(List.of(EntityType.LOC), typesOf("Moskau"));
        assertEquals(List.of(EntityType.LOC), typesOf("Washington"));
    }

    @Test
    void newsInstitutionsAreOrganisationsAndEveryMentionCounts() {
        assertEquals(List.of(EntityType.ORG), typesOf("Pentagon"));
        assertEquals(List.of(EntityType.ORG), typesOf("Kongress"));
        assertEquals(List.of(EntityType.ORG), typesOf("Weiße Haus"));
        assertEquals(List.of(EntityType.ORG), typesOf("NATO"));
        assertEquals(7, seed().entities().stream().filter(e -> e.text().equals("NBC")).count());
    }

    @Test
    void natoAndItsSpellingsAreOneGroup() {
        EntityGroup nato = seed().entityGroups().stream().filter(g -> g.canonical().equals("NATO")).findFirst().orElseThrow();
        List<String> mentions = seed().entities().stream().filter(e -> nato.entities().contains(e.id()))
            .map(Entity::text).toList();
        assertTrue(mentions.containsAll(List.of("Nato", "NATO")), mentions.toString());
        EntityGroup biden = seed().entityGroups().stream().filter(g -> g.canonical().equals("Joe Biden")).findFirst().orElseThrow();
        assertEquals(EntityType.PER, biden.type());
    }

    @Test
    void nothingIsTakenFromTheRelatedArticlesList() {
        int boilerplate = seed().text().indexOf("Mehr zum Thema");
        assertTrue(seed().entities().stream().allMatch(e -> e.start() < boilerplate));
        assertTrue(seed().figures().stream().allMatch(f -> f.start() < boilerplate));
        assertEquals(ZoneKind.BOILERPLATE, seed().zoneAt(seed().text().indexOf("Halbe Milliarde Euro")));
    }

    @Test
    void pageMetadataAndMetaLineFigures() {
        assertEquals("2023-11-04T18:33", seed().article().published());
        assertEquals(Integer.valueOf(2), seed().article().statedReadingMinutes());
        assertEquals(Integer.valueOf(2), seed().readingTime().statedMinutes());
        assertEquals(List.of(), seed().article().authors());
        List<String> meta = seed().figures().stream().filter(f -> f.zone() == ZoneKind.META)
            .map(f -> f.text() + " " + f.type() + " " + f.value()).distinct().toList();
        assertEquals(List.of("04.11.2023 DATE 2023-11-04", "18:33 TIME 18:33", "2 min DURATION PT2M"), meta);
    }

    @Test
    void readingTimeCountsTheArticleNotThePage() {
        assertTrue(seed().readingTime().words() > 450 && seed().readingTime().words() < 600,
            "words: " + seed().readingTime().words());
    }

    @Test
    void currencyAndNationalityAdjectivesAreNoEntities() {
        assertEquals(List.of(), typesOf("Dollar"));
        assertEquals(List.of(), typesOf("amerikanischen"));
    }

    @Test
    void pageLinesAreSentencesOfTheirOwn() {
        List<String> sentences = seed().sentences().stream()
            .map(s -> seed().text().substring(s.start(), s.end())).toList();
        assertTrue(sentences.contains("Lesezeit: 2 min"), sentences.toString());
        assertTrue(sentences.contains("04.11.2023 18:33"), sentences.toString());
        assertTrue(sentences.contains("Kiews neue Lage"), sentences.toString());
        assertTrue(sentences.contains("(Foto: dpa) Foto: Michael Brochstein")
            || sentences.contains("US-Sicherheitsberater Jake Sullivan: Neue Überlegungen im Ukrainekrieg. (Foto: dpa) Foto: Michael Brochstein"),
            sentences.toString());
    }
}
