package org.wortlaut.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wortlaut.entities.EntityRecognizer;
import org.wortlaut.model.Document;
import org.wortlaut.model.Entity;
import org.wortlaut.model.Quote;

class QuoteSpeakerEntityTest {

    private static QuoteChain chain;

    @BeforeAll
    static void loadEntities() {
        chain = new QuoteChain(true, new EntityRecognizer());
    }

    private static String entityText(Document document, String id) {
        return document.entities().stream().filter(e -> e.id().equals(id)).map(Entity::text).findFirst().orElse(null);
    }

    @Test
    void speakerLinksToTheEntityInsideIt() {
        Document document = chain.run("„Wir werden die Verhandlungen fortsetzen, bis es eine Einigung gibt“, sagte"
            + " Außenministerin Annalena Baerbock in Brüssel.");
        Quote quote = document.quotes().get(0);
        assertEquals("Außenministerin Annalena Baerbock", quote.speaker().text());
        assertEquals("Annalena Baerbock", entityText(document, quote.speakerEntity()));
    }

    @Test
    void thePlaceOfASpeakerIsNotItsEntity() {
        Document document = chain.run("Das brandenburgische Gesundheitsministerium in Potsdam erklärte, man stehe mit dem"
            + " Landkreis in engem Austausch.");
        Quote quote = document.quotes().get(0);
        assertEquals("Das brandenburgische Gesundheitsministerium in Potsdam", quote.speaker().text());
        assertTrue(document.entities().stream().anyMatch(e -> e.text().equals("Potsdam")));
        assertNull(quote.speakerEntity());
    }

    @Test
    void aSpeakerTakesTheWholeNameTheEntityStageFound() {
        assertEquals("Die Hilfsorganisation Ärzte ohne Grenzen", chain.only("Die Hilfsorganisation Ärzte ohne Grenzen teilte"
            + " mit, drei Flugzeuge seien in Rangun gelandet.").speaker().text());
        assertEquals("Der deutsche Bundesinnenminister Thomas de Maizière", chain.only("Der deutsche Bundesinnenminister"
            + " Thomas de Maizière hat bekanntgegeben, dass die Paketbombe eine Attrappe war.").speaker().text());
    }

    @Test
    void aPlaceAfterAnInstitutionBelongsToItButNotAfterAPerson() {
        assertEquals("die Regierung in Lomé", chain.only("Wie die Regierung in Lomé am Sonntag mitteilte, bleiben die"
            + " Grenzen geschlossen.").speaker().text());
        assertEquals("Regierungssprecher Steffen Seibert", chain.onlyDirect("„Wir haben großen Respekt“, sagte"
            + " Regierungssprecher Steffen Seibert in Berlin.").speaker().text());
    }

    @Test
    void pronounSpeakerLinksToThePersonBefore() {
        Document document = chain.run("Bundeskanzler Olaf Scholz besuchte am Dienstag das Werk in Wolfsburg. „Die"
            + " Arbeitsplätze hier sind sicher, dafür stehe ich ein“, sagte er.");
        Quote quote = document.quotes().get(0);
        assertEquals("sagte", quote.cue().text());
        assertEquals("er", quote.speaker().text());
        assertEquals("Olaf Scholz", entityText(document, quote.speakerEntity()));
    }

    @Test
    void pronounFollowsTheLastQuotedPerson() {
        Document document = chain.run("„Die Lage an der Grenze ist unter Kontrolle“, sagte Innenministerin Nancy"
            + " Faeser in Berlin. Der Bürgermeister widersprach. „Wir brauchen dringend mehr Personal an den"
            + " Übergängen“, sagte sie.");
        List<Quote> quotes = document.quotes();
        assertEquals(2, quotes.size());
        assertEquals("sie", quotes.get(1).speaker().text());
        assertEquals(quotes.get(0).speakerEntity(), quotes.get(1).speakerEntity());
        assertEquals("Nancy Faeser", entityText(document, quotes.get(1).speakerEntity()));
    }

    @Test
    void demnachAndFreeIndirectSpeechCarryTheSourceEntityOn() {
        Document document = chain.run("Der Minister Boris Pistorius sagte, die Lage sei ernst. Demnach komme die"
            + " Regierung zu dem Ergebnis, dass mehr Geld nötig sei. Die Truppe habe zu wenig Personal.");
        List<Quote> quotes = document.quotes();
        assertEquals(3, quotes.size());
        assertEquals("Boris Pistorius", entityText(document, quotes.get(0).speakerEntity()));
        assertEquals("Demnach", quotes.get(1).cue().text());
        assertEquals(quotes.get(0).speakerEntity(), quotes.get(1).speakerEntity());
        assertEquals(quotes.get(0).speakerEntity(), quotes.get(2).speakerEntity());
    }
}
