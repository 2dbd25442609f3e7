package org.wortlaut.web;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.wortlaut.model.Document;

/**
 * A fixed number of workers with a bounded queue in front: a request that finds the queue full
 * is turned away at once (429) instead of piling up, and one that takes longer than the time
 * limit, waiting included, is given up (503).
 */
final class AnnotationWorkers implements AutoCloseable {

    private final ThreadPoolExecutor pool;
    private final Duration timeLimit;

    AnnotationWorkers(int workers, int queueLength, Duration timeLimit) {
        BlockingQueue<Runnable> queue = queueLength == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queueLength);
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS, queue, work -> {
            Thread thread = new Thread(work, "wortlaut-annotate-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.timeLimit = timeLimit;
    }

    Document run(Supplier<Document> annotation) throws ApiError {
        Future<Document> result;
        try {
            result = pool.submit(annotation::get);
        } catch (RejectedExecutionException e) {
            throw new ApiError(429, "busy", "the server is busy: every worker and queue place is taken; try again shortly");
        }
        try {
            return result.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new ApiError(503, "timeout", "the article took longer than the time limit of "
                + timeLimit.toSeconds() + " s");
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new ApiError(503, "stopping", "the server is stopping");
        } catch (ExecutionException e) {
            System.err.println("wortlaut serve: annotation failed: " + e.getCause());
            throw new ApiError(500, "failed", "the annotation failed on this article");
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
