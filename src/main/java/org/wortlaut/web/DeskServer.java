package org.wortlaut.web;

import java.io.PrintStream;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.wortlaut.Wortlaut;
import org.wortlaut.io.InputItem;
import org.wortlaut.model.Document;

/**
 * The fact-checkers' desk: the page and the HTTP API on an embedded Jetty. It answers at once and
 * loads the chain in the background (503 until it is ready); articles run on a few bounded
 * workers. Every request leaves one line on standard error.
 */
public final class DeskServer implements AutoCloseable {

    /** HTTP threads: each waits on a worker at most, so a few dozen are plenty. */
    private static final int HTTP_THREADS = 32;

    private final ServerSettings settings;
    private final Server server;
    private final ServerConnector connector;
    private final AnnotationWorkers workers;

    /**
     * @param chain the annotation of one input item, ready when the models are loaded
     * @param log   where the request lines go
     */
    public DeskServer(ServerSettings settings, CompletableFuture<Function<InputItem, Document>> chain, PrintStream log) {
        this.settings = settings;
        this.workers = new AnnotationWorkers(settings.workers(), settings.queueLength(), settings.timeLimit());
        QueuedThreadPool threads = new QueuedThreadPool(HTTP_THREADS, 4);
        threads.setName("wortlaut-http");
        this.server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        this.connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        // a request may wait and run for the whole time limit without a byte going either way
        connector.setIdleTimeout(settings.timeLimit().plusSeconds(30).toMillis());
        server.addConnector(connector);
        ErrorHandler errors = new ErrorHandler();
        errors.setShowStacks(false);
        errors.setShowMessageInTitle(false);
        server.setErrorHandler(errors);
        server.setHandler(new DeskHandler(settings, chain, workers));
        server.setRequestLog((request, response) -> log.printf("wortlaut serve: %s %s %s %d %d ms%n",
            Instant.now().truncatedTo(ChronoUnit.SECONDS), request.getMethod(), Request.getPathInContext(request),
            response.getStatus(), (System.nanoTime() - request.getBeginNanoTime()) / 1_000_000));
        server.setStopTimeout(5_000);
    }

    /** The chain of {@link Wortlaut} for input items: a saved page or an article's text. */
    public static Function<InputItem, Document> annotating(Wortlaut wortlaut) {
        return item -> {
            if (item instanceof InputItem.Page page) {
                return wortlaut.annotateHtml(page.id(), page.source(), page.input(), page.html());
            }
            return wortlaut.annotate(((InputItem.Article) item).document());
        };
    }

    public void start() throws Exception {
        server.start();
    }

    /** Where the server listens, with the port it got. */
    public URI uri() {
        return URI.create("http://" + settings.host() + ":" + connector.getLocalPort() + "/");
    }

    /** Waits until the server is stopped. */
    public void join() throws InterruptedException {
        server.join();
    }

    /** Stops taking requests, lets those in progress finish for a few seconds, and stops the workers. */
    @Override
    public void close() throws Exception {
        try {
            server.stop();
        } finally {
            workers.close();
        }
    }
}
