package org.wortlaut.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wortlaut.model.EntityType;

/** How gazetteer names and the model's mentions are merged. */
class LexiconOverModelTest {

    private static Gazetteer.Match match(int start, int end, String name, EntityType type, boolean adds) {
        return new Gazetteer.Match(start, end, new Gazetteer.Entry(List.of(name.split(" ")), type, adds, null));
    }

    @Test
    void anOrganisationNameRetypesTheModelsMention() {
        List<Mention> merged = EntityRecognizer.withLexicon(List.of(new Mention(4, 12, EntityType.LOC)),
            List.of(match(4, 12, "Pentagon", EntityType.ORG, true)));
        assertEquals(List.of(new Mention(4, 12, EntityType.ORG)), merged);
    }

    @Test
    void aPlaceNameLeavesTheModelsTeamOrGovernmentAlone() {
        // "Dortmund gewann in Bremen": the model's ORG stays, a missed place is added
        List<Mention> merged = EntityRecognizer.withLexicon(List.of(new Mention(0, 8, EntityType.ORG)),
            List.of(match(0, 8, "Dortmund", EntityType.LOC, true), match(19, 25, "Bremen", EntityType.LOC, true)));
        assertEquals(List.of(new Mention(0, 8, EntityType.ORG), new Mention(19, 25, EntityType.LOC)), merged);
    }

    @Test
    void anAmbiguousNameOnlyCorrectsWhatTheModelFound() {
        List<Mention> merged = EntityRecognizer.withLexicon(List.of(),
            List.of(match(4, 8, "Post", EntityType.ORG, false)));
        assertEquals(List.of(), merged);
    }
}
