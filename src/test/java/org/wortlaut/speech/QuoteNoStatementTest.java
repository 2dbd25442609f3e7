package org.wortlaut.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wortlaut.TestChain;
import org.wortlaut.model.Document;
import org.wortlaut.model.Quote;

/** What is not a statement: a heading's quoted phrase without its speaker, the author's comment, a passive naming. */
class QuoteNoStatementTest {

    private static List<String> quotes(Document document) {
        return document.quotes().stream().map(QuoteNoStatementTest::describe).toList();
    }

    private static String describe(Quote quote) {
        return quote.type() + " " + quote.content().text() + " / " + (quote.speaker() == null ? null : quote.speaker().text());
    }

    @Test
    void aHeadingQuotesOnlyASpeakerItNames() {
        String body = "\n\nVon Anna Schmidt\n04.11.2023 18:33\n\nDie Ministerin Petra Lindqvist will 43 Milliarden Euro sparen.\n";
        Document topic = TestChain.page().annotate("t", "Politik\n\nHaushalt: „Die Zeit der Krisen ist vorbei“" + body);
        assertEquals(List.of(), quotes(topic));
        Document speaker = TestChain.page().annotate("t", "Politik\n\nLindqvist: „Die Zeit der Krisen ist vorbei“" + body);
        assertEquals(List.of("DIRECT „Die Zeit der Krisen ist vorbei“ / Lindqvist"), quotes(speaker));
    }

    @Test
    void theAuthorsCommentAfterAQuotationIsNoFreeIndirectSpeech() {
        Document document = TestChain.plain().annotate("t", "„Wir haben keine Wahl“, sagte Petra Lindqvist am Montag. "
            + "Eine schöne Vision – aber sie würde die Länder Milliarden kosten. Die Länder seien nicht gefragt worden.");
        assertEquals(List.of("DIRECT „Wir haben keine Wahl“ / Petra Lindqvist"), quotes(document));
    }
}
