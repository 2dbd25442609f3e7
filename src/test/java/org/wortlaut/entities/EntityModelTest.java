package org.wortlaut.entities;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
    void sentencesReadTogetherScoreExactlyAsEachReadAlone() {
        String text = """
            Angela Merkel besuchte am Montag den Vorstand von Siemens in München, um über die Lage der Industrie zu sprechen.
            Der Bürgermeister von Hamburg, Peter Tschentscher, sagte am Dienstag, die Stadt werde den Hafen weiter ausbauen.
            Die Europäische Zentralbank in Frankfurt hat den Leitzins erneut angehoben, wie ihre Präsidentin mitteilte.
            Im Bundestag in Berlin stritten die Abgeordneten von SPD, CDU und Grünen stundenlang über den neuen Haushalt.
            Nein
            """;
        List<List<CoreNlpTagger.TaggedWord>> sentences = new CoreNlpTagger().taggedSentences(text);
        // read as 21, 20 and 16 words in one call (57 with the padding), then 19, then 1
        assertEquals(List.of(21, 20, 16, 19, 1), sentences.stream().map(List::size).toList());
        EntityModel model = new EntityModel(null);
        List<EntityModel.Labelling> together = model.label(text, sentences);
        for (int s = 0; s < sentences.size(); s++) {
            EntityModel.Labelling alone = model.label(text, List.of(sentences.get(s))).get(0);
            assertArrayEquals(alone.emissions(), together.get(s).emissions(), "sentence " + s);
            assertArrayEquals(alone.marginals(), together.get(s).marginals(), "sentence " + s);
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
