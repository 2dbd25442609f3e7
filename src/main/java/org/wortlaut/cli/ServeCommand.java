package org.wortlaut.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.wortlaut.Wortlaut;
import org.wortlaut.io.InputItem;
import org.wortlaut.model.Document;
import org.wortlaut.web.DeskServer;
import org.wortlaut.web.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code wortlaut serve}: the fact-checkers' page and the HTTP API, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serves the fact-checkers' page and the HTTP API (POST /api/annotate, GET /api/health, "
        + "GET /api/schema) on this machine until Ctrl-C.",
        "The page answers at once; articles are annotated as soon as the models are loaded."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerSettings.LOOPBACK,
        description = "Address to bind. Default: ${DEFAULT-VALUE}, this machine only.")
    String host;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "1000000",
        description = "Longest article accepted, in characters; longer ones are answered 413. Default: ${DEFAULT-VALUE}.")
    int maxChars;

    @Option(names = "--threads", paramLabel = "N",
        description = "Articles annotated at once. Default: all cores.")
    Integer threads;

    @Option(names = "--queue", paramLabel = "N",
        description = "Articles that may wait for a thread; more are answered 429. Default: twice the threads.")
    Integer queue;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "60",
        description = "Longest a request may wait and run; then it is answered 503. Default: ${DEFAULT-VALUE}.")
    int timeLimitSeconds;

    @Override
    public Integer call() throws Exception {
        ServerSettings settings = settings();
        PrintStream log = System.err;
        long started = System.nanoTime();
        CompletableFuture<Function<InputItem, Document>> chain = CompletableFuture.supplyAsync(() -> {
            Function<InputItem, Document> ready = DeskServer.annotating(Wortlaut.builder().build());
            log.printf(Locale.ROOT, "wortlaut serve: models loaded in %.1f s, ready%n", (System.nanoTime() - started) / 1e9);
            return ready;
        });
        chain.exceptionally(e -> {
            log.println("wortlaut serve: the models could not be loaded: " + e.getCause());
            return null;
        });
        DeskServer server = new DeskServer(settings, chain, log);
        try {
            server.start();
        } catch (IOException e) {
            throw new IOException("cannot listen on " + host + ":" + port + " (" + e.getMessage()
                + "); is another server there? Choose another --port", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
                log.println("wortlaut serve: stopped");
            } catch (Exception e) {
                log.println("wortlaut serve: stopping failed: " + e);
            }
        }, "wortlaut-stop"));
        log.println("wortlaut serve: listening on " + server.uri() + " (Ctrl-C stops)");
        if (!host.equals(ServerSettings.LOOPBACK) && !host.equals("localhost")) {
            log.println("wortlaut serve: bound to " + host + ": reachable from other machines, without any login");
        }
        server.join();
        return 0;
    }

    private ServerSettings settings() {
        if (port < 0 || port > 65535) {
            throw new UsageError("--port must be 0 to 65535");
        }
        if (maxChars <= 0) {
            throw new UsageError("--max-chars must be positive");
        }
        if ((threads != null && threads <= 0) || (queue != null && queue < 0)) {
            throw new UsageError("--threads must be positive and --queue not negative");
        }
        if (timeLimitSeconds <= 0) {
            throw new UsageError("--time-limit must be positive");
        }
        ServerSettings defaults = ServerSettings.defaults(port);
        int workers = threads != null ? threads : defaults.workers();
        return defaults.withHost(host).withMaxChars(maxChars)
            .withWorkers(workers, queue != null ? queue : 2 * workers)
            .withTimeLimit(Duration.ofSeconds(timeLimitSeconds));
    }
}
