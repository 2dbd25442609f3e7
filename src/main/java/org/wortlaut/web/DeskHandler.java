package org.wortlaut.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.wortlaut.io.CsvWriter;
import org.wortlaut.io.InputItem;
import org.wortlaut.io.Json;
import org.wortlaut.io.JsonWriter;
import org.wortlaut.io.Submissions;
import org.wortlaut.model.Document;

/**
 * The routes: the page and its two files, {@code GET /api/health}, {@code GET /api/schema} and
 * {@code POST /api/annotate}. Nothing a request names is looked up on disk; errors are JSON with
 * a status, a code and a message.
 */
final class DeskHandler extends Handler.Abstract {

    /** The page's scripts and styles come from this server alone; nothing inline, nothing framed. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
        + "img-src 'self'; connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";
    private static final String JSON = "application/json; charset=utf-8";
    /** The most bytes of a refused body read and dropped before the answer. */
    private static final long DRAINED = 64L << 20;
    private static final int LONGEST_ID = 200;

    private final ServerSettings settings;
    private final CompletableFuture<Function<InputItem, Document>> chain;
    private final AnnotationWorkers workers;
    private final Map<String, StaticFile> files = Map.of(
        "/", StaticFile.of("/web/index.html", "text/html; charset=utf-8"),
        "/desk.css", StaticFile.of("/web/desk.css", "text/css; charset=utf-8"),
        "/desk.js", StaticFile.of("/web/desk.js", "text/javascript; charset=utf-8"),
        "/api/schema", StaticFile.of("/schema/document.schema.json", "application/schema+json; charset=utf-8"));

    /** A file of the jar, read once. */
    private record StaticFile(byte[] bytes, String contentType) {
        static StaticFile of(String resource, String contentType) {
            try (InputStream in = DeskHandler.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing from the jar: " + resource);
                }
                return new StaticFile(in.readAllBytes(), contentType);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    DeskHandler(ServerSettings settings, CompletableFuture<Function<InputItem, Document>> chain, AnnotationWorkers workers) {
        this.settings = settings;
        this.chain = chain;
        this.workers = workers;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        response.getHeaders().put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put("Referrer-Policy", "no-referrer");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        String path = Request.getPathInContext(request);
        try {
            if (path.equals("/api/annotate")) {
                requireMethod(request, HttpMethod.POST);
                annotate(request, response, callback);
            } else if (path.equals("/api/health")) {
                requireMethod(request, HttpMethod.GET);
                health(response, callback);
            } else if (files.containsKey(path)) {
                requireMethod(request, HttpMethod.GET);
                StaticFile file = files.get(path);
                send(response, callback, 200, file.contentType(), file.bytes());
            } else {
                throw new ApiError(404, "not-found", "no such page: " + path);
            }
        } catch (ApiError e) {
            sendError(response, callback, e);
        } catch (RuntimeException | IOException e) {
            System.err.println("wortlaut serve: " + path + ": " + e);
            sendError(response, callback, new ApiError(500, "internal", "internal error"));
        }
        return true;
    }

    private static void requireMethod(Request request, HttpMethod method) throws ApiError {
        if (!method.is(request.getMethod()) && !(method == HttpMethod.GET && HttpMethod.HEAD.is(request.getMethod()))) {
            throw new ApiError(405, "method-not-allowed", request.getMethod() + " is not allowed here; use " + method);
        }
    }

    private void health(Response response, Callback callback) throws IOException {
        ObjectNode health = Json.MAPPER.createObjectNode();
        health.put("status", chain.isCompletedExceptionally() ? "failed" : chain.isDone() ? "ready" : "loading");
        health.put("maxChars", settings.maxChars());
        health.put("workers", settings.workers());
        health.put("queueLength", settings.queueLength());
        health.put("timeLimitSeconds", settings.timeLimit().toSeconds());
        sendJson(response, callback, chain.isDone() && !chain.isCompletedExceptionally() ? 200 : 503, health);
    }

    private void annotate(Request request, Response response, Callback callback) throws ApiError, IOException {
        Function<InputItem, Document> annotation = readyChain();
        Fields query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        String format = query.getValue("format") == null ? "json" : query.getValue("format");
        if (!format.equals("json") && !format.equals("claims-csv")) {
            throw ApiError.badInput("unknown format " + format + ": json or claims-csv");
        }
        String id = query.getValue("id") == null ? "article" : query.getValue("id");
        if (id.isBlank() || id.length() > LONGEST_ID || id.chars().anyMatch(Character::isISOControl)) {
            throw ApiError.badInput("the id must be 1 to " + LONGEST_ID + " printable characters");
        }
        byte[] body = body(request);
        InputItem item = ArticleRequest.read(request.getHeaders().get(HttpHeader.CONTENT_TYPE), body, id,
            settings.maxChars());
        Document document = workers.run(() -> annotation.apply(item));
        StringWriter out = new StringWriter();
        if (format.equals("json")) {
            JsonWriter.toStream(out).write(document);
            send(response, callback, 200, JSON, out.toString().getBytes(StandardCharsets.UTF_8));
        } else {
            CsvWriter.writeClaims(document, out);
            response.getHeaders().put(HttpHeader.CONTENT_DISPOSITION,
                "attachment; filename=\"" + id.replaceAll("[^A-Za-z0-9._-]", "_") + "-claims.csv\"");
            send(response, callback, 200, "text/csv; charset=utf-8", out.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private Function<InputItem, Document> readyChain() throws ApiError {
        if (chain.isCompletedExceptionally()) {
            throw new ApiError(503, "failed", "the models could not be loaded; see the server's log");
        }
        Function<InputItem, Document> ready = chain.getNow(null);
        if (ready == null) {
            throw new ApiError(503, "loading", "the models are still loading; try again in a few seconds");
        }
        return ready;
    }

    /**
     * The request body, never kept beyond the limit. A refused body is still read, up to
     * {@link #DRAINED} bytes, and dropped: a client that is still sending when the server answers
     * and closes would get a reset instead of the answer.
     */
    private byte[] body(Request request) throws ApiError, IOException {
        long limit = Submissions.maxBytes(settings.maxChars());
        try (InputStream in = Content.Source.asInputStream(request)) {
            if (request.getLength() > limit) {
                drain(in);
                throw ArticleRequest.tooLarge(String.format("body too long: %,d bytes, the limit is %,d",
                    request.getLength(), limit));
            }
            byte[] body = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
            if (body.length > limit) {
                drain(in);
                throw ArticleRequest.tooLarge(String.format("body too long: more than %,d bytes", limit));
            }
            return body;
        }
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        for (int n = in.read(buffer); n > 0 && read < DRAINED; n = in.read(buffer)) {
            read += n;
        }
    }

    private static void sendError(Response response, Callback callback, ApiError error) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("status", error.status);
        body.put("error", error.code);
        body.put("message", error.getMessage());
        if (error.status == 429 || error.status == 503) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, 5);
        }
        try {
            sendJson(response, callback, error.status, body);
        } catch (IOException e) {
            callback.failed(e);
        }
    }

    private static void sendJson(Response response, Callback callback, int status, ObjectNode body) throws IOException {
        send(response, callback, status, JSON, Json.MAPPER.writeValueAsBytes(body));
    }

    private static void send(Response response, Callback callback, int status, String contentType, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
