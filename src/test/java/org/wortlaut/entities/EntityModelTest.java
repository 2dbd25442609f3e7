package org.wortlaut.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wortlaut.TestChain;
import org.wortlaut.model.Document;
import org.wortlaut.model.Entity;

class EntityModelTest {

    @Test
    void casingIsReadAsTheTrainingReadsIt() {
        assertEquals(List.of(0, 1, 2, 1, 3, 4, 5),
            List.of("berlin", "Berlin", "EU", "A", "iPhone", "G7", ",").stream().map(EntityModel::casing).toList());
    }

    @Test
    void everyWordCarriesTheProbabilityOfEachCoreNlpTag() {
        List<CoreNlpTagger.TaggedWord> words =
            new CoreNlpTagger().taggedSentences("Angela Merkel besuchte Berlin.\n").get(0);
        assertEquals(List.of("PERSON", "PERSON", "O", "LOCATION", "O"),
            words.stream().map(CoreNlpTagger.TaggedWord::tag).toList());
        for (CoreNlpTagger.TaggedWord word : words) {
            double[] probabilities = word.tagProbabilities();
            assertEquals(1.0, Arrays.stream(probabilities).sum(), 1e-6);
            int likeliest = 0;
            for (int tag = 1; tag < probabilities.length; tag++) {
                likeliest = probabilities[tag] > probabilities[likeliest] ? tag : likeliest;
            }
            assertEquals(word.tag(), CoreNlpTagger.TAGS.get(likeliest), word + " is likeliest another tag");
        }
    }

    @Test
    void everyMentionCarriesTheModelsConfidence() {
        List<Entity> found = TestChain.plain().annotate("t", "Angela Merkel traf in Berlin den Vorstand von Siemens.")
            .entities();
        assertEquals(List.of("Angela Merkel", "Berlin", "Siemens"), found.stream().map(Entity::text).toList());
        for (Entity entity : found) {
            assertTrue(entity.confidence() > 0.5 && entity.confidence() <= 1.0, entity + " has no firm confidence");
        }
    }

    @Test
    void theModelsOwnMentionsCarryItsConfidenceToo() {
        Document document = TestChain.sentences("Angela Merkel traf in Berlin den Vorstand von Siemens.");
        List<Entity> found = new EntityRecognizer(EntityRecognizer.Tagger.MODEL).annotate(document).entities();
        assertEquals(List.of("Angela Merkel", "Berlin", "Siemens"), found.stream().map(Entity::text).toList());
        for (Entity entity : found) {
            assertTrue(entity.confidence() > 0.5 && entity.confidence() <= 1.0, entity + " has no firm confidence");
        }
    }
}
