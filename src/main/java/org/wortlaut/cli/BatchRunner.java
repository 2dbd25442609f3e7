package org.wortlaut.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.wortlaut.Wortlaut;
import org.wortlaut.anatomy.PageTooDeepException;
import org.wortlaut.io.DocumentWriter;
import org.wortlaut.io.ErrorLog;
import org.wortlaut.io.InputItem;
import org.wortlaut.io.InputLimits;
import org.wortlaut.model.Document;

/**
 * Annotates a stream of inputs on several threads and writes the results in input order, so that
 * the output is the same whatever the thread count. At most a few articles per thread are in
 * flight: memory stays flat however long the input. An article that fails, exhausts the memory or
 * the stack, or runs past its time is reported and the run goes on; an error anywhere else ends
 * the run by escaping {@link #run}, and the caller keeps what was written for {@code --resume}.
 */
final class BatchRunner {

    private static final int IN_FLIGHT_PER_THREAD = 4;
    /** How often a wait for an article looks at its clock. */
    private static final long POLL_MILLIS = 200;

    /** What became of one input. */
    private sealed interface Outcome {
        record Annotated(Document document) implements Outcome {
        }

        record Failed(InputItem.Failure failure) implements Outcome {
        }
    }

    /** An article in flight, with the time its annotation started (0 while it waits for a thread). */
    private record Pending(InputItem item, Future<Outcome> future, AtomicLong started) {
    }

    private final Wortlaut wortlaut;
    private final int threads;
    private final DocumentWriter writer;
    private final ErrorLog errors;
    private final RunSummary summary;
    private final PrintStream log;
    private final InputLimits limits;
    private final Duration maxTime;
    /** 64-bit hashes of the ids seen, so that millions of ids take little memory. */
    private final Set<Long> ids = new HashSet<>();

    BatchRunner(Wortlaut wortlaut, int threads, DocumentWriter writer, ErrorLog errors, RunSummary summary,
                PrintStream log, InputLimits limits, Duration maxTime) {
        this.wortlaut = wortlaut;
        this.threads = threads;
        this.writer = writer;
        this.errors = errors;
        this.summary = summary;
        this.log = log;
        this.limits = limits;
        this.maxTime = maxTime;
    }

    void run(Iterator<InputItem> inputs) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Deque<Pending> window = new ArrayDeque<>();
        try (Progress progress = Progress.onStandardError(summary.total())) {
            while (inputs.hasNext()) {
                InputItem item = withDuplicateWarning(inputs.next());
                if (alreadyWritten(item)) {
                    summary.skipped();
                    progress.step();
                    continue;
                }
                AtomicLong started = new AtomicLong();
                window.add(new Pending(item, pool.submit(() -> {
                    started.set(System.nanoTime());
                    return annotate(item);
                }), started));
                if (window.size() >= threads * IN_FLIGHT_PER_THREAD) {
                    finish(window.poll(), progress);
                }
            }
            while (!window.isEmpty()) {
                finish(window.poll(), progress);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A second article with an id seen before carries a warning: joins on the id would mix them up. */
    private InputItem withDuplicateWarning(InputItem item) {
        String id = idOf(item);
        if (id == null || ids.add(hash(id))) {
            return item;
        }
        String warning = "duplicate id \"" + id + "\": an earlier article has the same id";
        if (item instanceof InputItem.Article article) {
            return new InputItem.Article(article.document().withWarning(warning));
        }
        log.println("wortlaut: " + item.source() + ": " + warning);
        return item;
    }

    private static long hash(String id) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xFF)) * 0x100000001b3L;
        }
        return hash;
    }

    /** For a resumed run: whether the writer has this article already (asked in input order). */
    private boolean alreadyWritten(InputItem item) {
        if (item instanceof InputItem.Article article) {
            return writer.isWritten(article.document());
        }
        if (item instanceof InputItem.Page page) {
            return writer.isWritten(Document.of(page.id(), page.source(), page.input(), ""));
        }
        return false;
    }

    private Outcome annotate(InputItem item) {
        try {
            if (item instanceof InputItem.Failure failure) {
                return new Outcome.Failed(failure);
            }
            if (item instanceof InputItem.Page page) {
                Document document = wortlaut.readPage(page.id(), page.source(), page.input(), page.html());
                if (document.text().length() > limits.maxChars()) {
                    return failed(item, limits.tooManyChars("article text extracted from the page", document.text().length()));
                }
                return new Outcome.Annotated(wortlaut.annotate(document));
            }
            return new Outcome.Annotated(wortlaut.annotate(((InputItem.Article) item).document()));
        } catch (PageTooDeepException e) {
            return failed(item, e.getMessage());
        } catch (StackOverflowError e) {
            return failed(item, "annotation failed: nested too deep for the stack (StackOverflowError); lower "
                + "--max-nesting, or give the JVM a larger stack with -Xss");
        } catch (OutOfMemoryError e) {
            return failed(item, "annotation failed: out of memory (OutOfMemoryError); lower --max-chars or --max-bytes, "
                + "or give the JVM more memory with -Xmx");
        } catch (RuntimeException e) {
            return failed(item, "annotation failed: " + e);
        }
    }

    private static Outcome failed(InputItem item, String message) {
        return new Outcome.Failed(new InputItem.Failure(idOf(item), item.source(), 0, message));
    }

    private static String idOf(InputItem item) {
        return item instanceof InputItem.Article article ? article.document().id()
            : item instanceof InputItem.Page page ? page.id() : null;
    }

    private void finish(Pending pending, Progress progress) throws IOException {
        Outcome outcome = await(pending);
        if (outcome instanceof Outcome.Failed failed) {
            InputItem.Failure failure = failed.failure();
            summary.failed();
            log.println("wortlaut: " + place(failure) + ": " + failure.message());
            if (errors != null) {
                errors.add(failure);
            }
        } else {
            Document document = ((Outcome.Annotated) outcome).document();
            for (String warning : document.warnings()) {
                log.println("wortlaut: " + document.source() + ": " + warning);
            }
            writer.write(document);
            summary.written(document);
        }
        progress.step();
    }

    /**
     * The article's outcome; one that runs past {@code --max-seconds} is given up (its thread is
     * interrupted) and reported. An error the annotation did not catch ends the run.
     */
    private Outcome await(Pending pending) {
        long limit = maxTime.toNanos();
        while (true) {
            try {
                return pending.future().get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                long started = pending.started().get();
                if (started != 0 && System.nanoTime() - started > limit) {
                    pending.future().cancel(true);
                    return failed(pending.item(), String.format(Locale.ROOT,
                        "annotation took longer than %d s, the limit per article (raise it with --max-seconds)",
                        maxTime.toSeconds()));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException("annotation task failed", e.getCause());
            }
        }
    }

    private static String place(InputItem.Failure failure) {
        return failure.line() > 0 ? failure.source() + ":" + failure.line() : failure.source();
    }
}
