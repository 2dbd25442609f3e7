package org.wortlaut.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wortlaut.TestChain;
import org.wortlaut.model.Document;

/**
 * A surname with particles stands alone after the full name, even at a sentence's start.
 * On the default chain, CoreNLP's model with every entity rule.
 */
class EntityParticleNamesTest {

    private static final String TEXT =
        "Ursula von der Leyen reiste nach Kiew. Von der Leyen sagte, die EU helfe. Laut von der Leyen ist das klar.";

    @Test
    void theSurnameWithItsParticlesIsTaggedWhole() {
        List<String> found = TestChain.plain().annotate("t", TEXT).entities().stream()
            .map(e -> e.text() + "/" + e.type() + "@" + e.start()).toList();
        assertEquals(List.of("Ursula von der Leyen/PER@0", "Kiew/LOC@33", "Von der Leyen/PER@39", "EU/ORG@64",
            "von der Leyen/PER@79"), found);
    }

    @Test
    void theSurnameJoinsTheFullNamesGroup() {
        Document document = TestChain.plain().annotate("t", TEXT);
        assertEquals("Ursula von der Leyen/PER×3", document.entityGroups().stream()
            .map(g -> g.canonical() + "/" + g.type() + "×" + g.mentions()).findFirst().orElseThrow());
    }

    @Test
    void particlesAreFoundAfterTheFirstName() {
        assertEquals("von der Leyen", ConsistentMentions.surnameWithParticle("Ursula von der Leyen"));
        assertEquals("zu Guttenberg", ConsistentMentions.surnameWithParticle("Karl-Theodor zu Guttenberg"));
        assertNull(ConsistentMentions.surnameWithParticle("Olaf Scholz"));
    }
}
