package org.wortlaut.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wortlaut.TestChain;
import org.wortlaut.cli.Main;
import org.wortlaut.io.InputItem;
import org.wortlaut.io.Json;
import org.wortlaut.model.Document;

class DeskApiTest {

    private static final String ARTICLE = "Wirtschaft\n\nInflation sinkt\n\n"
        + "Die Inflationsrate ist im Oktober auf 3,8 Prozent gesunken. „Das ist eine gute Nachricht“, sagte "
        + "Bundesbankpräsident Joachim Nagel am Montag in Frankfurt. Laut dem Statistischen Bundesamt "
        + "stiegen die Preise für Lebensmittel um 6,1 Prozent.\n";

    private static RunningDesk desk;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        desk = RunningDesk.withChain(ServerSettings.defaults(0).withMaxChars(5_000));
    }

    @AfterAll
    static void stop() throws Exception {
        desk.close();
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return Json.MAPPER.readTree(response.body());
    }

    private static void assertError(HttpResponse<String> response, int status, String code) throws IOException {
        assertEquals(status, response.statusCode(), response.body());
        JsonNode error = json(response);
        assertEquals(status, error.get("status").asInt());
        assertEquals(code, error.get("error").asText());
        assertFalse(error.get("message").asText().isBlank());
        assertFalse(response.body().contains("Exception") || response.body().contains("at org."), response.body());
    }

    /** The document {@code annotate --format json} writes for a file, without its source (the path). */
    private JsonNode cliDocument(Path input) throws IOException {
        Path out = dir.resolve("cli");
        assertEquals(0, Main.run("annotate", input.toString(), "--format", "json", "--out", out.toString()));
        String name = input.getFileName().toString().replaceFirst("\\.[^.]+$", "") + ".json";
        return withoutSource(Json.MAPPER.readTree(Files.readString(out.resolve(name))));
    }

    private static JsonNode withoutSource(JsonNode document) {
        ((ObjectNode) document).remove("source");
        return document;
    }

    @Test
    void textEqualsTheCommandLinesDocument() throws Exception {
        Path file = Files.writeString(dir.resolve("inflation.txt"), ARTICLE);
        HttpResponse<String> response = desk.post("api/annotate?id=inflation", "text/plain; charset=utf-8", ARTICLE);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/json; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("http", json(response).get("source").asText());
        assertEquals(cliDocument(file), withoutSource(json(response)));
        assertTrue(desk.log().contains("POST /api/annotate 200"), desk.log());
    }

    @Test
    void seedArticleEqualsTheCommandLinesDocument() throws Exception {
        Optional<Path> seed = TestChain.shared("seed/000_69b0c0a304327b38.txt");
        assumeTrue(seed.isPresent(), "../shared/seed is absent");
        try (RunningDesk large = RunningDesk.withChain(ServerSettings.defaults(0))) {
            HttpResponse<String> response = large.post("api/annotate?id=000_69b0c0a304327b38", "text/plain",
                Files.readAllBytes(seed.get()));
            assertEquals(200, response.statusCode(), response.body());
            assertEquals(cliDocument(seed.get()), withoutSource(json(response)));
        }
    }

    @Test
    void htmlPageEqualsTheCommandLinesDocument() throws Exception {
        String page = "<html><head><title>Inflation sinkt</title></head><body><article><h1>Inflation sinkt</h1>"
            + "<p>Die Inflationsrate ist im Oktober auf 3,8 Prozent gesunken, teilte das Statistische Bundesamt mit. "
            + "Lebensmittel waren 6,1 Prozent teurer als vor einem Jahr.</p></article></body></html>";
        Path file = Files.writeString(dir.resolve("seite.html"), page);
        HttpResponse<String> response = desk.post("api/annotate?id=seite", "text/html", page);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(cliDocument(file), withoutSource(json(response)));
    }

    @Test
    void jsonRecordEqualsTheCommandLinesDocumentForTheSameRecord() throws Exception {
        ObjectNode record = Json.MAPPER.createObjectNode().put("id", "r1").put("text", ARTICLE)
            .put("title", "Inflation sinkt").put("url", "https://example.org/inflation").put("published", "2023-11-04");
        Path out = dir.resolve("cli.jsonl");
        Path input = Files.writeString(dir.resolve("records.jsonl"), Json.COMPACT.writeValueAsString(record) + "\n");
        assertEquals(0, Main.run("annotate", input.toString(), "--out", out.toString()));
        JsonNode expected = withoutSource(Json.MAPPER.readTree(Files.readString(out)));
        HttpResponse<String> response = desk.post("api/annotate", "application/json", Json.COMPACT.writeValueAsString(record));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(expected, withoutSource(json(response)));
        assertEquals("2023-11-04", json(response).at("/input/published").asText());
    }

    @Test
    void claimsCsvIsTheCommandLinesClaimsTable() throws Exception {
        Path file = Files.writeString(dir.resolve("artikel.txt"), ARTICLE);
        Path out = dir.resolve("csv");
        assertEquals(0, Main.run("annotate", file.toString(), "--format", "csv", "--out", out.toString()));
        HttpResponse<String> response = desk.post("api/annotate?format=claims-csv&id=artikel", "text/plain", ARTICLE);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("text/csv; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"artikel-claims.csv\"",
            response.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals(Files.readString(out.resolve("claims.csv")), response.body());
        assertTrue(response.body().contains("6,1 Prozent"), response.body());
    }

    @Test
    void healthSchemaAndThePageCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> health = desk.get("api/health");
        assertEquals(200, health.statusCode());
        assertEquals("ready", json(health).get("status").asText());
        assertEquals(5_000, json(health).get("maxChars").asInt());
        HttpResponse<String> schema = desk.get("api/schema");
        assertEquals(200, schema.statusCode());
        try (InputStream expected = getClass().getResourceAsStream("/schema/document.schema.json")) {
            assertEquals(new String(expected.readAllBytes(), StandardCharsets.UTF_8), schema.body());
        }
        HttpResponse<String> page = desk.get("");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<html lang=\"de\">"));
        assertEquals(DeskHandler.CONTENT_SECURITY_POLICY, page.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(page.headers().firstValue("Server").isEmpty());
        assertEquals(200, desk.get("desk.js").statusCode());
        assertEquals(200, desk.get("desk.css").statusCode());
    }

    @Test
    void bindsToThisMachineUnlessToldOtherwise() {
        assertEquals("127.0.0.1", ServerSettings.defaults(8080).host());
        assertEquals("127.0.0.1", desk.uri().getHost());
    }

    @Test
    void badInputIs400() throws Exception {
        assertError(desk.post("api/annotate", "text/plain", "   \n"), 400, "bad-input");
        assertError(desk.post("api/annotate", "text/plain", new byte[] {0, 1, 2, 0}), 400, "bad-input");
        assertError(desk.post("api/annotate", "application/json", "{\"text\": "), 400, "bad-input");
        assertError(desk.post("api/annotate", "application/json", "[1, 2]"), 400, "bad-input");
        assertError(desk.post("api/annotate", "application/json", "{\"title\": \"ohne Text\"}"), 400, "bad-input");
        assertError(desk.post("api/annotate?format=pdf", "text/plain", ARTICLE), 400, "bad-input");
        assertError(desk.post("api/annotate?id=", "text/plain", ARTICLE), 400, "bad-input");
    }

    @Test
    void aWebAddressIsRefusedWithAHintToSaveThePage() throws Exception {
        HttpResponse<String> text = desk.post("api/annotate", "text/plain", " https://www.example.org/politik/artikel.html\n");
        assertError(text, 400, ArticleRequest.WEB_ADDRESS);
        assertTrue(json(text).get("message").asText().contains("save the page"));
        assertError(desk.post("api/annotate", "application/json", "{\"url\": \"https://www.example.org/a\"}"), 400,
            ArticleRequest.WEB_ADDRESS);
    }

    @Test
    void tooLongIs413() throws Exception {
        assertError(desk.post("api/annotate", "text/plain", "Wort ".repeat(1_001)), 413, "too-large");
        assertError(desk.post("api/annotate", "application/json",
            Json.COMPACT.writeValueAsString(Json.MAPPER.createObjectNode().put("text", "x".repeat(5_001)))), 413, "too-large");
        assertError(desk.post("api/annotate", "text/html", "<p>" + "x".repeat(50_001)), 413, "too-large");
    }

    @Test
    void otherContentTypesAre415() throws Exception {
        assertError(desk.post("api/annotate", "image/png", new byte[] {1, 2, 3}), 415, "unsupported-type");
        assertError(desk.post("api/annotate", null, ARTICLE), 415, "unsupported-type");
        assertError(desk.post("api/annotate", "text/plain; charset=klingonisch", ARTICLE), 415, "unsupported-type");
    }

    @Test
    void unknownPathsAre404AndWrongMethods405() throws Exception {
        assertError(desk.get("api/nichts"), 404, "not-found");
        HttpResponse<String> outside = desk.get("..%2F..%2Fetc%2Fpasswd");
        assertTrue(outside.statusCode() == 400 || outside.statusCode() == 404, outside.body());
        assertFalse(outside.body().contains("root:"));
        assertError(desk.get("api/annotate"), 405, "method-not-allowed");
        assertError(desk.post("api/health", "text/plain", "x"), 405, "method-not-allowed");
    }

    @Test
    void whileTheModelsLoadEveryArticleIs503() throws Exception {
        try (RunningDesk loading = RunningDesk.start(ServerSettings.defaults(0), new CompletableFuture<>())) {
            assertError(loading.post("api/annotate", "text/plain", ARTICLE), 503, "loading");
            HttpResponse<String> health = loading.get("api/health");
            assertEquals(503, health.statusCode());
            assertEquals("loading", json(health).get("status").asText());
            assertEquals(200, loading.get("").statusCode());
        }
    }

    /** A chain that holds every article until it is let go. */
    private static CompletableFuture<Function<InputItem, Document>> held(CountDownLatch started, CountDownLatch release) {
        Function<InputItem, Document> chain = item -> {
            started.countDown();
            try {
                release.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ((InputItem.Article) item).document();
        };
        return CompletableFuture.completedFuture(chain);
    }

    @Test
    void aFullQueueIs429AtOnce() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ServerSettings one = ServerSettings.defaults(0).withWorkers(1, 1);
        try (RunningDesk busy = RunningDesk.start(one, held(started, release))) {
            CompletableFuture<HttpResponse<String>> running = CompletableFuture.supplyAsync(() -> post(busy));
            assertTrue(started.await(30, TimeUnit.SECONDS));
            // one worker busy, one place in the queue: of five more, four are turned away at once
            List<CompletableFuture<HttpResponse<String>>> more = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                more.add(CompletableFuture.supplyAsync(() -> post(busy)));
            }
            for (int waited = 0; more.stream().filter(CompletableFuture::isDone).count() < 4 && waited < 300; waited++) {
                Thread.sleep(100);
            }
            List<HttpResponse<String>> refused = more.stream().filter(CompletableFuture::isDone).map(CompletableFuture::join).toList();
            assertEquals(4, refused.size());
            for (HttpResponse<String> response : refused) {
                assertError(response, 429, "busy");
                assertEquals("5", response.headers().firstValue("Retry-After").orElseThrow());
            }
            release.countDown();
            assertEquals(200, running.get(30, TimeUnit.SECONDS).statusCode());
            assertEquals(1, more.stream().map(CompletableFuture::join).filter(r -> r.statusCode() == 200).count());
        }
    }

    private static HttpResponse<String> post(RunningDesk desk) {
        try {
            return desk.post("api/annotate", "text/plain", ARTICLE);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anArticleOverTheTimeLimitIs503() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ServerSettings quick = ServerSettings.defaults(0).withTimeLimit(Duration.ofMillis(300));
        try (RunningDesk slow = RunningDesk.start(quick, held(new CountDownLatch(1), release))) {
            assertError(slow.post("api/annotate", "text/plain", ARTICLE), 503, "timeout");
        } finally {
            release.countDown();
        }
    }

    @Test
    void aFailingAnnotationIs500WithoutAStackTrace() throws Exception {
        Function<InputItem, Document> failing = item -> {
            throw new IllegalStateException("kaputt");
        };
        try (RunningDesk broken = RunningDesk.start(ServerSettings.defaults(0), CompletableFuture.completedFuture(failing))) {
            HttpResponse<String> response = broken.post("api/annotate", "text/plain", ARTICLE);
            assertError(response, 500, "failed");
            assertFalse(response.body().contains("kaputt"));
        }
    }

    @Test
    void settingsAreChecked() {
        for (Runnable bad : List.<Runnable>of(() -> ServerSettings.defaults(70_000),
            () -> ServerSettings.defaults(0).withMaxChars(0), () -> ServerSettings.defaults(0).withWorkers(0, 1),
            () -> ServerSettings.defaults(0).withTimeLimit(Duration.ZERO))) {
            try {
                bad.run();
                throw new AssertionError("accepted");
            } catch (IllegalArgumentException expected) {
                assertFalse(expected.getMessage().isBlank());
            }
        }
    }
}
