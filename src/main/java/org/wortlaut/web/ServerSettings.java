package org.wortlaut.web;

import java.time.Duration;

/**
 * How the server is bound and bounded.
 *
 * @param host        the address to bind; 127.0.0.1 keeps the server to this machine
 * @param port        0 for any free port
 * @param maxChars    longest article accepted, as {@code annotate --max-chars}
 * @param workers     articles annotated at once
 * @param queueLength articles waiting for a worker; one more is answered 429
 * @param timeLimit   longest a request may wait and run before it is answered 503
 */
public record ServerSettings(String host, int port, int maxChars, int workers, int queueLength, Duration timeLimit) {

    public static final String LOOPBACK = "127.0.0.1";

    public ServerSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535");
        }
        if (maxChars <= 0 || workers <= 0 || queueLength < 0) {
            throw new IllegalArgumentException("max chars and workers must be positive, the queue length not negative");
        }
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive");
        }
    }

    /** The defaults of {@code serve}: this machine only, 1,000,000 characters, a worker per core. */
    public static ServerSettings defaults(int port) {
        int cores = Runtime.getRuntime().availableProcessors();
        return new ServerSettings(LOOPBACK, port, 1_000_000, cores, 2 * cores, Duration.ofSeconds(60));
    }

    public ServerSettings withMaxChars(int chars) {
        return new ServerSettings(host, port, chars, workers, queueLength, timeLimit);
    }

    public ServerSettings withHost(String address) {
        return new ServerSettings(address, port, maxChars, workers, queueLength, timeLimit);
    }

    public ServerSettings withWorkers(int count, int waiting) {
        return new ServerSettings(host, port, maxChars, count, waiting, timeLimit);
    }

    public ServerSettings withTimeLimit(Duration limit) {
        return new ServerSettings(host, port, maxChars, workers, queueLength, limit);
    }
}
