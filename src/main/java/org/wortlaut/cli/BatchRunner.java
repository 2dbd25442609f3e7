package org.wortlaut.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.wortlaut.Wortlaut;
import org.wortlaut.io.DocumentWriter;
import org.wortlaut.io.ErrorLog;
import org.wortlaut.io.InputItem;
import org.wortlaut.model.Document;

/**
 * Annotates a stream of inputs on several threads and writes the results in input order, so that
 * the output is the same whatever the thread count. At most a few articles per thread are in
 * flight: memory stays flat however long the input.
 */
final class BatchRunner {

    private static final int IN_FLIGHT_PER_THREAD = 4;

    /** What became of one input. */
    private sealed interface Outcome {
        record Annotated(Document document) implements Outcome {
        }

        record Failed(InputItem.Failure failure) implements Outcome {
        }
    }

    private final Wortlaut wortlaut;
    private final int threads;
    private final DocumentWriter writer;
    private final ErrorLog errors;
    private final RunSummary summary;
    private final PrintStream log;

    BatchRunner(Wortlaut wortlaut, int threads, DocumentWriter writer, ErrorLog errors, RunSummary summary,
                PrintStream log) {
        this.wortlaut = wortlaut;
        this.threads = threads;
        this.writer = writer;
        this.errors = errors;
        this.summary = summary;
        this.log = log;
    }

    void run(Iterator<InputItem> inputs) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Deque<Future<Outcome>> window = new ArrayDeque<>();
        try (Progress progress = Progress.onStandardError()) {
            while (inputs.hasNext()) {
                InputItem item = inputs.next();
                if (alreadyWritten(item)) {
                    summary.skipped();
                    continue;
                }
                window.add(pool.submit(() -> annotate(item)));
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
                return new Outcome.Annotated(wortlaut.annotateHtml(page.id(), page.source(), page.input(), page.html()));
            }
            return new Outcome.Annotated(wortlaut.annotate(((InputItem.Article) item).document()));
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome.Failed(new InputItem.Failure(idOf(item), item.source(), 0, "annotation failed: " + e));
        }
    }

    private static String idOf(InputItem item) {
        return item instanceof InputItem.Article article ? article.document().id()
            : item instanceof InputItem.Page page ? page.id() : null;
    }

    private void finish(Future<Outcome> pending, Progress progress) throws IOException {
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

    private static Outcome await(Future<Outcome> pending) {
        try {
            return pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("annotation task failed", e.getCause());
        }
    }

    private static String place(InputItem.Failure failure) {
        return failure.line() > 0 ? failure.source() + ":" + failure.line() : failure.source();
    }
}
