package org.wortlaut.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.wortlaut.TestChain;
import org.wortlaut.io.InputItem;
import org.wortlaut.model.Document;

/** A server on a free port of 127.0.0.1 for one test class, with a client and its request log. */
final class RunningDesk implements AutoCloseable {

    private final DeskServer server;
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();

    private RunningDesk(ServerSettings settings, CompletableFuture<Function<InputItem, Document>> chain) throws Exception {
        server = new DeskServer(settings, chain, new PrintStream(log, true, StandardCharsets.UTF_8));
        server.start();
    }

    static RunningDesk start(ServerSettings settings, CompletableFuture<Function<InputItem, Document>> chain)
        throws Exception {
        return new RunningDesk(settings, chain);
    }

    /** The whole chain, as {@code serve} runs it. */
    static RunningDesk withChain(ServerSettings settings) throws Exception {
        return start(settings, CompletableFuture.completedFuture(DeskServer.annotating(TestChain.page())));
    }

    URI uri() {
        return server.uri();
    }

    HttpResponse<String> post(String pathAndQuery, String contentType, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri().resolve(pathAndQuery))
            .timeout(Duration.ofMinutes(2)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String pathAndQuery, String contentType, String body) throws IOException, InterruptedException {
        return post(pathAndQuery, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri().resolve(path)).timeout(Duration.ofSeconds(30)).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    String log() {
        return log.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws Exception {
        server.close();
    }
}
