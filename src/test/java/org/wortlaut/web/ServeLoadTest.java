package org.wortlaut.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Load on the server from this machine only (127.0.0.1): 1, 4 and 16 clients, each sending a
 * bounded number of articles one after the other, in three rounds. Prints throughput, median and
 * 95th-percentile latency and the errors of each; asserts only that nothing but 429 goes wrong
 * and that the heap does not grow from round to round. More requests per client:
 * {@code -Dwortlaut.load.requests=N}.
 */
class ServeLoadTest {

    private static final int[] CLIENTS = {1, 4, 16};
    private static final int ROUNDS = 3;
    /** Room for the noise of a collection on a shared machine; a leak of an article each request is far more. */
    private static final long HEAP_SLACK = 48L << 20;

    /** What one configuration gave. */
    private record Round(int clients, int requests, int annotated, int busy, int errors, double seconds,
                         List<Long> latenciesMillis) {
        String describe() {
            List<Long> sorted = new ArrayList<>(latenciesMillis);
            Collections.sort(sorted);
            long median = sorted.isEmpty() ? 0 : sorted.get((sorted.size() - 1) / 2);
            long p95 = sorted.isEmpty() ? 0 : sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1);
            return String.format(Locale.ROOT, "%2d clients: %3d requests, %3d annotated, %3d busy (429), %d errors; "
                + "%.2f articles/s; latency of the annotated: median %d ms, p95 %d ms", clients, requests, annotated,
                busy, errors, annotated / seconds, median, p95);
        }
    }

    @Test
    void sixteenClientsGetNothingButBusyAnswersAndTheHeapStaysFlat() throws Exception {
        int requestsPerClient = Integer.getInteger("wortlaut.load.requests", 3);
        byte[] article = Files.readAllBytes(Path.of("corpus", "02-inflation-verbraucherpreise.txt"));
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<Long> heapAfterRound = new ArrayList<>();
        try (RunningDesk desk = RunningDesk.withChain(ServerSettings.defaults(0))) {
            assertEquals(200, desk.post("api/annotate", "text/plain", article).statusCode());
            System.out.printf(Locale.ROOT, "serve load: %d workers, queue %d, %d requests per client, article of %,d bytes%n",
                ServerSettings.defaults(0).workers(), ServerSettings.defaults(0).queueLength(), requestsPerClient,
                article.length);
            for (int round = 1; round <= ROUNDS; round++) {
                for (int clients : CLIENTS) {
                    Round result = load(desk, clients, requestsPerClient, article);
                    System.out.println("serve load, round " + round + ": " + result.describe());
                    assertEquals(0, result.errors(), result.describe());
                    assertTrue(result.annotated() > 0, result.describe());
                }
                memory.gc();
                heapAfterRound.add(memory.getHeapMemoryUsage().getUsed());
                System.out.printf(Locale.ROOT, "serve load, round %d: heap after collection %.1f MB%n", round,
                    heapAfterRound.get(round - 1) / 1e6);
            }
        }
        assertTrue(heapAfterRound.get(ROUNDS - 1) <= heapAfterRound.get(0) + HEAP_SLACK, heapAfterRound.toString());
    }

    private static Round load(RunningDesk desk, int clients, int requestsPerClient, byte[] article) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<HttpResponseTime>>> sent = new ArrayList<>();
        long started = System.nanoTime();
        try {
            for (int c = 0; c < clients; c++) {
                sent.add(pool.submit(() -> {
                    List<HttpResponseTime> answers = new ArrayList<>();
                    for (int r = 0; r < requestsPerClient; r++) {
                        long sentAt = System.nanoTime();
                        HttpResponse<String> response = desk.post("api/annotate", "text/plain", article);
                        answers.add(new HttpResponseTime(response.statusCode(), (System.nanoTime() - sentAt) / 1_000_000));
                    }
                    return answers;
                }));
            }
            List<HttpResponseTime> answers = new ArrayList<>();
            for (Future<List<HttpResponseTime>> client : sent) {
                answers.addAll(client.get());
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            List<Long> latencies = answers.stream().filter(a -> a.status() == 200).map(HttpResponseTime::millis).toList();
            int busy = (int) answers.stream().filter(a -> a.status() == 429).count();
            return new Round(clients, answers.size(), latencies.size(), busy, answers.size() - latencies.size() - busy,
                seconds, latencies);
        } finally {
            pool.shutdownNow();
        }
    }

    private record HttpResponseTime(int status, long millis) {
    }
}
