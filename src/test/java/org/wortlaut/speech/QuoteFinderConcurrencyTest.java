package org.wortlaut.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.wortlaut.model.Quote;

/** One finder serves several threads and gives each the answer it gives alone. */
class QuoteFinderConcurrencyTest {

    private static final List<String> TEXTS = List.of(
        "„Wir gehen jetzt nach Hause und bleiben dort“, sagte Lindqvist.",
        "Der Minister erklärte am Montag: „Wir werden die Steuern nicht erhöhen.“",
        "„Das Problem ist gelöst, wir können weitermachen“, fügte die Sprecherin hinzu.",
        "Er bezeichnete die Pläne als „völlig unausgegoren“.");

    @Test
    void sharedFinderGivesTheSameQuotesInParallel() throws Exception {
        QuoteChain chain = new QuoteChain();
        List<List<Quote>> alone = TEXTS.stream().map(chain::quotes).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Quote>>> parallel = IntStream.range(0, 40)
                .mapToObj(i -> pool.submit(() -> chain.quotes(TEXTS.get(i % TEXTS.size()))))
                .toList();
            for (int i = 0; i < parallel.size(); i++) {
                assertEquals(alone.get(i % TEXTS.size()), parallel.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
