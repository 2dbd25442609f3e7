package org.wortlaut.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.wortlaut.model.Quote;
import org.wortlaut.model.QuoteType;

/** The article the project started from, read in place from the shared directory. */
class QuoteSeedTest {

    private static final String QUOTATION = "„Wir können Kiew mit Waffen versorgen, doch wenn die Truppen fehlen,"
        + " hat das wenig Sinn“";

    @Test
    void seedQuotationIsAttributedToTheOfficial() throws IOException {
        Path seed = Path.of(System.getProperty("wortlaut.shared", "../shared"), "seed", "000_69b0c0a304327b38.txt");
        assumeTrue(Files.isRegularFile(seed), "shared seed article not present");
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        Quote quote = new QuoteChain(false, null).quotes(text).stream()
            .filter(q -> q.content().text().equals(QUOTATION))
            .findFirst().orElseThrow(() -> new AssertionError("seed quotation not found"));
        assertEquals(QuoteType.DIRECT, quote.type());
        assertEquals("zitiert", quote.cue().text());
        assertEquals("einen amerikanischen Regierungsvertreter", quote.speaker().text());
    }
}
