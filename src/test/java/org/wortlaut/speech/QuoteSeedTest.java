package org.wortlaut.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.wortlaut.model.Quote;
import org.wortlaut.model.QuoteType;

/** The article the project started from, read in place from the shared directory. */
class QuoteSeedTest {

    private static final String QUOTATION = "„Wir können Kiew mit Waffen versorgen, doch wenn die Truppen fehlen,"
        + " hat das wenig Sinn“";

    /** The seed's quotes in page mode; the test is skipped when the shared directory is absent. */
    private static List<Quote> seedQuotes() throws IOException {
        Path seed = Path.of(System.getProperty("wortlaut.shared", "../shared"), "seed", "000_69b0c0a304327b38.txt");
        assumeTrue(Files.isRegularFile(seed), "shared seed article not present");
        return new QuoteChain(false, null).quotes(Files.readString(seed, StandardCharsets.UTF_8));
    }

    private static Quote quoteWith(List<Quote> quotes, Predicate<Quote> test, String what) {
        return quotes.stream().filter(test).findFirst().orElseThrow(() -> new AssertionError(what + " not found"));
    }

    @Test
    void seedQuotationIsAttributedToTheOfficial() throws IOException {
        Quote quote = quoteWith(seedQuotes(), q -> q.content().text().equals(QUOTATION), "seed quotation");
        assertEquals(QuoteType.DIRECT, quote.type());
        assertEquals("zitiert", quote.cue().text());
        assertEquals("einen amerikanischen Regierungsvertreter", quote.speaker().text());
    }

    @Test
    void admissionToNbcIsIndirect() throws IOException {
        Quote quote = quoteWith(seedQuotes(), q -> q.content().text().contains("fünf Milliarden Dollar"), "admission");
        assertEquals(QuoteType.INDIRECT, quote.type());
        assertTrue(quote.content().text().startsWith("dass die Regierung"));
        assertEquals("räumte ein", quote.cue().text());
        assertEquals("Ein Regierungsvertreter", quote.speaker().text());
        // the news data leaves "gegenüber" out of the addressee
        assertEquals("NBC", quote.addressee().text());
    }

    /** The dataset types statements after "nach" (its source marker) as indirect, whatever the mood. */
    @Test
    void pollIsAttributedToGallup() throws IOException {
        Quote quote = quoteWith(seedQuotes(), q -> q.content().text().contains("41 Prozent der Amerikaner"), "poll");
        assertEquals(QuoteType.INDIRECT, quote.type());
        assertEquals("Nach", quote.cue().text());
        assertTrue(quote.speaker().text().contains("Gallup"));
    }

    @Test
    void initiativeIsAttributedToTheReport() throws IOException {
        Quote quote = quoteWith(seedQuotes(), q -> q.content().text().startsWith("Die Initiative sei"), "initiative");
        assertEquals(QuoteType.INDIRECT, quote.type());
        assertEquals("so", quote.cue().text());
        assertEquals("der Bericht der NBC", quote.speaker().text());
        assertTrue(quote.content().text().contains("eine Konsequenz"));
    }

    @Test
    void demnachGoesOnWithTheReport() throws IOException {
        Quote quote = quoteWith(seedQuotes(), q -> q.content().text().startsWith("komme das Pentagon"), "Demnach sentence");
        assertEquals("Demnach", quote.cue().text());
        assertEquals("der Bericht der NBC", quote.speaker().text());
    }
}
