package org.wortlaut.cli;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.wortlaut.entities.EntityRecognizer;
import org.wortlaut.io.InputItem;
import org.wortlaut.io.InputReader;

/**
 * CoreNLP's bare German NER pipeline over the articles of the given inputs, in a JVM of its own:
 * the end-to-end baseline that {@code bench} starts beside the chain's {@code annotate} runs. On
 * one thread by default; {@code --threads N} first shares the articles among N threads, as
 * {@code annotate --threads N} does, so that CoreNLP's own gain from more cores can be read beside
 * the chain's. Prints the articles and tokens it saw to standard error.
 */
final class CoreNlpBaselineRun {

    private CoreNlpBaselineRun() {
    }

    public static void main(String[] args) throws InterruptedException, ExecutionException {
        long started = System.nanoTime();
        int threads = 1;
        List<String> inputs = List.of(args);
        if (args.length >= 2 && args[0].equals("--threads")) {
            threads = Integer.parseInt(args[1]);
            inputs = inputs.subList(2, inputs.size());
        }
        StanfordCoreNLP pipeline = new StanfordCoreNLP(EntityRecognizer.bareProperties());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong tokens = new AtomicLong();
        List<Future<?>> pending = new ArrayList<>();
        try (InputReader reader = new InputReader(inputs, Integer.MAX_VALUE, System.in)) {
            while (reader.hasNext()) {
                if (reader.next() instanceof InputItem.Article article) {
                    pending.add(pool.submit(() -> {
                        Annotation annotation = new Annotation(article.document().text());
                        pipeline.annotate(annotation);
                        tokens.addAndGet(annotation.get(CoreAnnotations.TokensAnnotation.class).size());
                    }));
                }
            }
            for (Future<?> done : pending) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        System.err.printf(Locale.ROOT, "corenlp: %d articles, %d tokens on %d threads; %.1f s%n", pending.size(),
            tokens.get(), threads, (System.nanoTime() - started) / 1e9);
    }
}
