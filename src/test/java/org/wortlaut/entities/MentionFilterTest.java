package org.wortlaut.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wortlaut.TestChain;
import org.wortlaut.model.Document;
import org.wortlaut.model.EntityType;

/** The filter on the model's mentions, fed the mistakes the model makes. */
class MentionFilterTest {

    private final MentionFilter filter = new MentionFilter();

    private List<String> filtered(String text, String surface, EntityType type) {
        Document document = TestChain.sentences(text);
        int start = text.indexOf(surface);
        List<Mention> mentions = filter.apply(document, List.of(new Mention(start, start + surface.length(), type)));
        return filter.withoutCurrencies(document, mentions).stream()
            .map(m -> text.substring(m.start(), m.end()) + "/" + m.type()).toList();
    }

    @Test
    void aLowerCaseFunctionWordBeforeANameIsDropped() {
        assertEquals(List.of("Kiel/ORG"), filtered("Es gibt Informationen zu Kiel und seiner Geschichte.",
            "zu Kiel", EntityType.ORG));
    }

    @Test
    void aCapitalisedFunctionWordIsDroppedOnlyAtTheStartOfASentence() {
        assertEquals(List.of("CeBIT 2010/MISC"), filtered("Auf der CeBIT 2010 stellte er aus.",
            "Auf der CeBIT 2010", EntityType.MISC));
        assertEquals(List.of("Der Spiegel-Verlag/ORG"), filtered("Er las, was Der Spiegel-Verlag schrieb.",
            "Der Spiegel-Verlag", EntityType.ORG));
    }

    @Test
    void nameParticlesStayInAPersonsName() {
        assertEquals(List.of("zu Guttenberg/PER"), filtered("Dann sprach zu Guttenberg im Bundestag.",
            "zu Guttenberg", EntityType.PER));
    }

    @Test
    void aPeopleNamedLikeItsCountryIsThePeopleAfterAnArticleOrAdjective() {
        assertEquals(List.of("Ungarn/LOC"), filtered("Am Montag ist Neuling Ungarn der Gegner.", "Ungarn", EntityType.MISC));
        assertEquals(List.of(), filtered("Viele junge Ungarn wandern aus.", "Ungarn", EntityType.LOC));
        assertEquals(List.of(), filtered("Es spielten 3 Ungarn mit.", "Ungarn", EntityType.LOC));
    }

    @Test
    void aLanguageIsANameThoughItsAdjectiveIsNone() {
        assertEquals(List.of("Englisch/MISC"), filtered("Er sprach fließend Englisch.", "Englisch", EntityType.LOC));
        assertEquals(List.of(), filtered("Die englische Presse schrieb.", "englische", EntityType.MISC));
    }

    @Test
    void aRoleNamedAfterAnOrganisationIsNoName() {
        assertEquals(List.of(), filtered("Das sagte IW-Ökonom Tobias Kerkhoff.", "IW-Ökonom", EntityType.MISC));
        assertEquals(List.of(), filtered("Die SPD-Haushälterin widersprach.", "SPD-Haushälterin", EntityType.MISC));
        assertEquals(List.of("SPD-Fraktion/ORG"), filtered("Die SPD-Fraktion widersprach.", "SPD-Fraktion", EntityType.ORG));
    }

    @Test
    void currencySymbolsAndCodesAreNoNames() {
        assertEquals(List.of(), filtered("Das kostet 1,79 € pro Liter.", "€", EntityType.MISC));
        assertEquals(List.of(), filtered("Das kostet 5 Mio. EUR im Jahr.", "EUR", EntityType.ORG));
    }

    @Test
    void aPlacesAdjectiveBeforeANounIsNoName() {
        assertEquals(List.of(), filtered("Der Münchner Softwarekonzern baut ab.", "Münchner", EntityType.MISC));
        assertEquals(List.of("Bombardier/MISC"), filtered("Man einigte sich mit Bombardier und Siemens.", "Bombardier",
            EntityType.MISC));
    }
}
