package org.wortlaut.cli;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.wortlaut.Wortlaut;
import org.wortlaut.entities.EntityRecognizer;
import org.wortlaut.io.InputItem;
import org.wortlaut.io.InputReader;
import org.wortlaut.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code wortlaut bench}: throughput of the whole chain beside CoreNLP's bare German NER pipeline
 * on the same articles in one process, so that the ratios hold on a noisy machine.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measures (a) CoreNLP's bare German NER pipeline, (b) the whole chain on one thread, "
        + "(c) on all threads and (d) with --ner corenlp on one thread, on the same articles, and prints throughput, ratios, model load time and peak heap.")
final class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "FOLDER", defaultValue = "corpus",
        description = "Articles to run (.txt or .jsonl). Default: ${DEFAULT-VALUE}.")
    Path folder;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "200",
        description = "Repeat the articles up to at least N. Default: ${DEFAULT-VALUE}.")
    int articles;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for (c). Default: all cores.")
    Integer threads;

    /** One measured configuration. */
    private record Run(String name, int articles, long tokens, double seconds) {
        double articlesPerSecond() {
            return articles / seconds;
        }

        double tokensPerSecond() {
            return tokens / seconds;
        }
    }

    @Override
    public Integer call() throws Exception {
        List<Document> inputs = load();
        int threadCount = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        long started = System.nanoTime();
        Wortlaut wortlaut = Wortlaut.builder().build();
        double chainLoad = seconds(started);
        StanfordCoreNLP bare = new StanfordCoreNLP(EntityRecognizer.bareProperties());
        long tokens = inputs.stream().mapToLong(d -> wortlaut.annotate(d).tokens().size()).sum();

        Run a = time("(a) CoreNLP tokenize,ssplit,mwt,ner", inputs, tokens, 1,
            d -> bare.annotate(new Annotation(d.text())));
        Run b = time("(b) Wortlaut chain, 1 thread", inputs, tokens, 1, wortlaut::annotate);
        Run c = time("(c) Wortlaut chain, " + threadCount + " threads", inputs, tokens, threadCount, wortlaut::annotate);
        Wortlaut withCoreNlp = Wortlaut.builder().ner(EntityRecognizer.Tagger.CORENLP).build();
        Run d = time("(d) chain with --ner corenlp, 1 thread", inputs, tokens, 1, withCoreNlp::annotate);
        print(List.of(a, b, c, d), chainLoad, threadCount);
        return 0;
    }

    private List<Document> load() {
        List<Document> found = new ArrayList<>();
        try (InputReader reader = new InputReader(List.of(folder.toString()), Integer.MAX_VALUE, System.in)) {
            reader.forEachRemaining(item -> {
                if (item instanceof InputItem.Article article) {
                    found.add(article.document());
                }
            });
        }
        if (found.isEmpty()) {
            throw new UsageError("no articles in " + folder);
        }
        List<Document> repeated = new ArrayList<>();
        while (repeated.size() < articles) {
            repeated.addAll(found);
        }
        return repeated;
    }

    /** Runs {@code work} over every input on {@code threads} threads, after a warm-up pass. */
    private static Run time(String name, List<Document> inputs, long tokens, int threads, Consumer<Document> work)
        throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            runAll(pool, inputs.subList(0, Math.min(inputs.size(), 20)), work);
            long started = System.nanoTime();
            runAll(pool, inputs, work);
            return new Run(name, inputs.size(), tokens, seconds(started));
        } finally {
            pool.shutdownNow();
        }
    }

    private static void runAll(ExecutorService pool, List<Document> inputs, Consumer<Document> work) throws Exception {
        List<Future<?>> pending = new ArrayList<>();
        for (Document input : inputs) {
            pending.add(pool.submit(() -> work.accept(input)));
        }
        for (Future<?> future : pending) {
            future.get();
        }
    }

    private static void print(List<Run> runs, double chainLoad, int threads) {
        System.out.printf(Locale.ROOT, "%-40s %8s %8s %10s %12s%n", "configuration", "articles", "seconds", "articles/s", "tokens/s");
        for (Run run : runs) {
            System.out.printf(Locale.ROOT, "%-40s %8d %8.1f %10.1f %12.0f%n", run.name(), run.articles(), run.seconds(),
                run.articlesPerSecond(), run.tokensPerSecond());
        }
        System.out.printf(Locale.ROOT, "b/a (chain vs bare NER, 1 thread): %.2f%n",
            runs.get(1).tokensPerSecond() / runs.get(0).tokensPerSecond());
        System.out.printf(Locale.ROOT, "c/b (%d threads vs 1): %.2f%n", threads,
            runs.get(2).tokensPerSecond() / runs.get(1).tokensPerSecond());
        System.out.printf(Locale.ROOT, "b/d (entity model vs CoreNLP alone in the chain, 1 thread): %.2f%n",
            runs.get(1).tokensPerSecond() / runs.get(3).tokensPerSecond());
        System.out.printf(Locale.ROOT, "model load (the whole chain, cold): %.1f s%n", chainLoad);
        System.out.printf(Locale.ROOT, "peak heap: %.0f MB (max %.0f MB); cores: %d; garbage collector: %s%n",
            peakHeapMegabytes(), Runtime.getRuntime().maxMemory() / 1e6, Runtime.getRuntime().availableProcessors(),
            ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                .collect(Collectors.joining(", ")));
    }

    private static double peakHeapMegabytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / 1e6;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
