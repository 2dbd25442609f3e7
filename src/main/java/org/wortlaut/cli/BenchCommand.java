package org.wortlaut.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.wortlaut.Wortlaut;
import org.wortlaut.cli.EndToEndBench.Config;
import org.wortlaut.cli.EndToEndBench.Sample;
import org.wortlaut.cli.EndToEndBench.Spread;
import org.wortlaut.entities.EntityRecognizer;
import org.wortlaut.io.InputItem;
import org.wortlaut.io.InputReader;
import org.wortlaut.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code wortlaut bench}: what a user's batch costs, end to end, beside CoreNLP's bare German NER
 * pipeline on the same articles; then the same comparison in one process, after warm-up.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"End to end (a JVM per run, the launcher's settings): start-up on one article, then "
        + "(a) CoreNLP's bare German NER pipeline on one thread and (a') on --threads threads, (b) the chain on one "
        + "thread and (c) on --threads threads, "
        + "each --runs times, alternating; wall and CPU time with their spread, peak memory, throughput with "
        + "start-up subtracted and the ratios b/a, c/b and CoreNLP's own a'/a.",
        "Then the same in one process after a warm-up (--in-process articles; 0 skips it)."})
final class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "FOLDER",
        description = "Articles to run (.txt, .jsonl, ...). Default: corpus/ of the project the jar was built in.")
    Path folder;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "800",
        description = "Repeat the articles up to N for the end-to-end runs. Default: ${DEFAULT-VALUE}.")
    int articles;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3",
        description = "Runs of each end-to-end configuration. Default: ${DEFAULT-VALUE}.")
    int runs;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for (c). Default: all cores.")
    Integer threads;

    @Option(names = "--in-process", paramLabel = "N", defaultValue = "200",
        description = "Articles for the in-process table; 0 skips it. Default: ${DEFAULT-VALUE}.")
    int inProcessArticles;

    /** One measured in-process configuration. */
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
        if (articles < 2 || runs < 1 || inProcessArticles < 0 || (threads != null && threads < 1)) {
            throw new UsageError("--articles must be at least 2, --runs and --threads at least 1, --in-process at least 0");
        }
        Path input = folder != null ? folder : defaultCorpus();
        List<Document> found = load(input);
        int threadCount = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Path work = Files.createTempDirectory("wortlaut-bench");
        try {
            endToEnd(input, found, threadCount, work);
        } finally {
            try (Stream<Path> paths = Files.walk(work)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
        if (inProcessArticles > 0) {
            inProcess(repeat(found, inProcessArticles), threadCount);
        }
        return 0;
    }

    /** {@code corpus/} of the project the jar was built in ({@code target/wortlaut.jar} → {@code corpus/}), else of the working folder. */
    private static Path defaultCorpus() {
        Path home = projectHome();
        Path corpus = home != null ? home.resolve("corpus") : Path.of("corpus");
        if (!Files.isDirectory(corpus)) {
            throw new UsageError("no FOLDER given and no corpus/ at " + corpus.toAbsolutePath());
        }
        return corpus;
    }

    /** The folder above the jar's folder, where bin/ and corpus/ are; null when not run from a jar. */
    private static Path projectHome() {
        try {
            Path code = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(code) && code.getParent() != null ? code.getParent().getParent() : null;
        } catch (URISyntaxException | SecurityException e) {
            return null;
        }
    }

    private void endToEnd(Path input, List<Document> found, int threadCount, Path work) throws Exception {
        Path launcher = launcher();
        Path batch = writeJsonl(repeat(found, articles), work.resolve("batch.jsonl"));
        Path one = writeJsonl(found.subList(0, 1), work.resolve("one.jsonl"));
        Path oneThreadOut = work.resolve("out-1.jsonl");
        Path threadsOut = work.resolve("out-" + threadCount + ".jsonl");
        Config startChain = annotate("start-up: chain, 1 article", one, 1, 1, work.resolve("one-out.jsonl"));
        Config startServer = firstServeRequest(found.get(0));
        Config startBare = Config.run("start-up: CoreNLP NER, 1 article", 1, CoreNlpBaselineRun.class.getName(),
            List.of(one.toString()), null);
        Config bare = Config.run("(a) CoreNLP NER, 1 thread", articles, CoreNlpBaselineRun.class.getName(),
            List.of(batch.toString()), null);
        Config bareParallel = Config.run("(a') CoreNLP NER, " + threadCount + " threads", articles,
            CoreNlpBaselineRun.class.getName(), List.of("--threads", Integer.toString(threadCount), batch.toString()), null);
        Config chain = annotate("(b) chain, 1 thread", batch, articles, 1, oneThreadOut);
        Config parallel = annotate("(c) chain, " + threadCount + " threads", batch, articles, threadCount, threadsOut);
        System.err.println("bench: every run starts " + launcher);
        Map<Config, List<Sample>> samples = new EndToEndBench(launcher, work, System.err)
            .measure(List.of(startChain, startServer, startBare, bare, bareParallel, chain, parallel), runs);
        printEndToEnd(input, found.size(), samples, startChain, startServer, startBare, bare, bareParallel, chain,
            parallel);
        System.out.println("output of (b) and (c): "
            + (EndToEndBench.sameBytes(oneThreadOut, threadsOut) ? "identical" : "DIFFERENT"));
    }

    private static Config annotate(String name, Path input, int articles, int threads, Path out) {
        return Config.run(name, articles, null, List.of("annotate", input.toString(), "--plain",
            "--format", "jsonl", "--threads", Integer.toString(threads), "--out", out.toString()), out);
    }

    /** {@code serve} on a free port, from its start until it has answered one article. */
    private static Config firstServeRequest(Document article) throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/annotate");
        return new Config("start-up: serve, first answer", 1, null,
            List.of("serve", "--port", Integer.toString(port), "--threads", "1"), null,
            new EndToEndBench.FirstRequest(uri, "text/plain; charset=utf-8",
                article.text().getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code bin/wortlaut} of the project the jar was built in: bench measures what users start. */
    private static Path launcher() {
        Path home = projectHome();
        Path launcher = home != null ? home.resolve("bin").resolve("wortlaut") : null;
        if (launcher == null || !Files.isExecutable(launcher)) {
            throw new UsageError("the end-to-end runs start bin/wortlaut beside the jar's target/ folder, "
                + "and there is none" + (launcher != null ? " at " + launcher : ""));
        }
        return launcher;
    }

    private static void printEndToEnd(Path input, int distinct, Map<Config, List<Sample>> samples, Config startChain,
                                      Config startServer, Config startBare, Config bare, Config bareParallel,
                                      Config chain, Config parallel) {
        PrintStream out = System.out;
        int runs = samples.get(chain).size();
        out.printf(Locale.ROOT, "End to end: a JVM per run; %d articles (%d distinct, from %s); %d runs each, "
            + "median [min–max]%n", chain.articles(), distinct, input, runs);
        out.printf(Locale.ROOT, "%-34s %-20s %-20s %-18s %-20s%n", "run", "wall s", "CPU s", "JIT CPU s", "peak RSS MB");
        for (Map.Entry<Config, List<Sample>> entry : samples.entrySet()) {
            List<Sample> s = entry.getValue();
            out.printf(Locale.ROOT, "%-34s %s %s %s %s%n", entry.getKey().name(),
                Spread.of(s, Sample::wallSeconds).format(20), Spread.of(s, Sample::cpuSeconds).format(20),
                Spread.of(s, Sample::jitSeconds).format(18), Spread.of(s, Sample::peakRssMegabytes).format(20));
        }
        double chainStart = median(samples.get(startChain), Sample::wallSeconds);
        double bareStart = median(samples.get(startBare), Sample::wallSeconds);
        double a = netRate(samples.get(bare), bareStart, bare.articles());
        double b = netRate(samples.get(chain), chainStart, chain.articles());
        double aParallel = netRate(samples.get(bareParallel), bareStart, bareParallel.articles());
        double c = netRate(samples.get(parallel), chainStart, parallel.articles());
        out.printf(Locale.ROOT, "articles/s, start-up subtracted: (a) %.1f  (a') %.1f  (b) %.1f  (c) %.1f%n", a,
            aParallel, b, c);
        out.printf(Locale.ROOT, "b/a (chain vs bare NER, 1 thread): %.2f wall; %.2f CPU%n", b / a,
            netCpu(samples.get(bare), samples.get(startBare)) / netCpu(samples.get(chain), samples.get(startChain)));
        out.printf(Locale.ROOT, "c/b (%s vs 1 thread): %.2f; CoreNLP's own, a'/a: %.2f%n",
            parallel.name().replaceFirst("^\\(c\\) chain, ", ""), c / b, aParallel / a);
        out.printf(Locale.ROOT, "time to first article, cold (JVM start and model load): annotate %.1f s, "
            + "serve's first answer %.1f s%n", chainStart, median(samples.get(startServer), Sample::wallSeconds));
    }

    private static double median(List<Sample> samples, java.util.function.ToDoubleFunction<Sample> value) {
        return Spread.of(samples, value).median();
    }

    /** Articles per second beyond the first, with the start-up of a one-article run taken off. */
    private static double netRate(List<Sample> samples, double startUp, int articles) {
        return (articles - 1) / (median(samples, Sample::wallSeconds) - startUp);
    }

    /** CPU seconds beyond a one-article run. */
    private static double netCpu(List<Sample> samples, List<Sample> startUp) {
        return median(samples, Sample::cpuSeconds) - median(startUp, Sample::cpuSeconds);
    }

    private static Path writeJsonl(List<Document> documents, Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < documents.size(); i++) {
                Map<String, String> record = new LinkedHashMap<>();
                record.put("id", documents.get(i).id() + "-" + i);
                record.put("text", documents.get(i).text());
                writer.write(json.writeValueAsString(record));
                writer.newLine();
            }
        }
        return file;
    }

    private void inProcess(List<Document> inputs, int threadCount) throws Exception {
        long started = System.nanoTime();
        Wortlaut wortlaut = Wortlaut.builder().build();
        double chainLoad = seconds(started);
        StanfordCoreNLP bare = new StanfordCoreNLP(EntityRecognizer.bareProperties());
        long tokens = inputs.stream().mapToLong(d -> wortlaut.annotate(d).tokens().size()).sum();

        Run a = time("(a) CoreNLP tokenize,ssplit,mwt,ner", inputs, tokens, 1,
            d -> bare.annotate(new Annotation(d.text())));
        Run b = time("(b) Wortlaut chain, 1 thread", inputs, tokens, 1, wortlaut::annotate);
        Run c = time("(c) Wortlaut chain, " + threadCount + " threads", inputs, tokens, threadCount, wortlaut::annotate);
        System.out.println();
        System.out.println("In one process, after a warm-up pass:");
        print(List.of(a, b, c), chainLoad, threadCount);
    }

    private static List<Document> load(Path input) {
        List<Document> found = new ArrayList<>();
        try (InputReader reader = new InputReader(List.of(input.toString()), Integer.MAX_VALUE, System.in)) {
            reader.forEachRemaining(item -> {
                if (item instanceof InputItem.Article article) {
                    found.add(article.document());
                }
            });
        }
        if (found.isEmpty()) {
            throw new UsageError("no articles in " + input);
        }
        return found;
    }

    private static List<Document> repeat(List<Document> found, int articles) {
        List<Document> repeated = new ArrayList<>();
        while (repeated.size() < articles) {
            repeated.addAll(found.subList(0, Math.min(found.size(), articles - repeated.size())));
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
