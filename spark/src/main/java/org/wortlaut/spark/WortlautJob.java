package org.wortlaut.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.wortlaut.Wortlaut;
import org.wortlaut.WortlautConfig;
import org.wortlaut.io.InputItem;
import org.wortlaut.io.WarcRecords;
import org.wortlaut.model.Document;
import org.wortlaut.readingtime.ReadingTimeEstimator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Annotates articles on Apache Spark and writes the CLI's tables as Parquet or JSONL, plus an
 * errors table: every input record ends up in {@code documents} or in {@code errors}. Files are
 * read where they lie (one task per file), the articles spread over the cluster, and each
 * executor annotates with one chain ({@link ExecutorChain}).
 */
@Command(name = "wortlaut-spark", mixinStandardHelpOptions = true,
    description = "Annotates articles on Spark: .txt, .html, .jsonl, .csv, .warc(.gz) and .parquet files or folders "
        + "of them, on any file system Spark reads; writes documents, zones, sentences, entities, entity_groups, "
        + "figures, quotes, claims and errors into --out.")
public final class WortlautJob implements Callable<Integer> {

    /** What a job is asked to do. */
    record Settings(List<String> inputs, String out, OutputTables.Format format, int partitions,
                    WortlautConfig config, int maxChars) {
    }

    /** What a job did. */
    record Summary(long articles, long failures, Map<String, Long> skipped, double seconds) {

        String describe() {
            String line = String.format(Locale.ROOT, "wortlaut-spark: %d articles written, %d failed; %.1f s, %.1f articles/s",
                articles, failures, seconds, seconds > 0 ? articles / seconds : 0);
            return skipped.isEmpty() ? line : skipped.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", ", line + "; web archive records skipped: ", ""));
        }
    }

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders (local paths or URIs).")
    List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where the tables go, one folder each.")
    String out;

    @Option(names = "--format", defaultValue = "parquet", description = "parquet or jsonl. Default: ${DEFAULT-VALUE}.")
    OutputTables.Format format;

    @Option(names = "--master", paramLabel = "URL",
        description = "Spark master when not started by spark-submit, e.g. local[*] (the default then).")
    String master;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
        description = "Partitions the articles are annotated in. Default: 4 per core of the cluster.")
    int partitions;

    @Option(names = "--plain", description = "Treat each text as article body, as the CLI's --plain.")
    boolean plain;

    @Option(names = "--words-per-minute", paramLabel = "N", defaultValue = "" + ReadingTimeEstimator.DEFAULT_WORDS_PER_MINUTE,
        description = "Reading rate for the reading time. Default: ${DEFAULT-VALUE}.")
    int wordsPerMinute;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "1000000",
        description = "Longest article accepted, in characters. Default: ${DEFAULT-VALUE}.")
    int maxChars;

    public static void main(String[] args) {
        System.exit(new CommandLine(new WortlautJob()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        org.apache.spark.SparkConf given = new org.apache.spark.SparkConf();
        String effectiveMaster = master != null ? master : given.get("spark.master", "local[*]");
        SparkSession.Builder builder = SparkSession.builder().appName("wortlaut").master(effectiveMaster);
        // in local mode nobody watches the web UI, and starting it costs seconds of CPU
        if (effectiveMaster.startsWith("local") && !given.contains("spark.ui.enabled")) {
            builder.config("spark.ui.enabled", false);
        }
        SparkSession spark = builder.getOrCreate();
        try {
            Summary summary = run(spark, new Settings(inputs, out, format, partitions,
                new WortlautConfig(plain, wordsPerMinute), maxChars));
            System.err.println(summary.describe());
            return summary.failures() > 0 ? 1 : 0;
        } finally {
            spark.stop();
        }
    }

    /** Runs the job on a session the caller owns. */
    static Summary run(SparkSession spark, Settings settings) throws IOException {
        long started = System.nanoTime();
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        InputFiles.Listing listing = InputFiles.list(settings.inputs(), context.hadoopConfiguration());
        Map<String, LongAccumulator> skipped = new TreeMap<>();
        for (String reason : List.of(WarcRecords.NOT_A_RESPONSE, WarcRecords.NOT_OK, WarcRecords.NOT_HTML,
            WarcRecords.NOT_GERMAN)) {
            skipped.put(reason, context.sc().longAccumulator(reason));
        }
        int partitions = settings.partitions() > 0 ? settings.partitions() : 4 * context.defaultParallelism();
        int maxChars = settings.maxChars();
        List<JavaRDD<SparkInput>> parts = new ArrayList<>();
        if (!listing.records().isEmpty()) {
            parts.add(context.parallelize(listing.records(), Math.min(listing.records().size(), partitions))
                .flatMap(file -> InputFiles.read(file, maxChars, (reason, count) -> skipped.get(reason).add(count))));
        }
        if (!listing.parquet().isEmpty()) {
            parts.add(ParquetInput.read(spark, listing.parquet(), maxChars));
        }
        if (parts.isEmpty()) {
            throw new IOException("no input files in " + settings.inputs());
        }
        JavaRDD<SparkInput> inputs = parts.size() == 1 ? parts.get(0) : parts.get(0).union(parts.get(1));
        // the configuration travels to the executors as its parts: the record is not serializable
        boolean plain = settings.config().plain();
        int wordsPerMinute = settings.config().wordsPerMinute();
        LongAccumulator articles = context.sc().longAccumulator("articles");
        LongAccumulator failures = context.sc().longAccumulator("failures");
        JavaRDD<TableRow> rows = inputs.repartition(partitions)
            .mapPartitions(items -> annotate(items, new WortlautConfig(plain, wordsPerMinute), articles, failures));
        OutputTables.write(rows, settings.out(), settings.format(), context.hadoopConfiguration());
        Map<String, Long> skippedCounts = new TreeMap<>();
        skipped.forEach((reason, count) -> {
            if (count.value() > 0) {
                skippedCounts.put(reason, count.value());
            }
        });
        return new Summary(articles.value(), failures.value(), skippedCounts, (System.nanoTime() - started) / 1e9);
    }

    private static Iterator<TableRow> annotate(Iterator<SparkInput> items, WortlautConfig config,
                                               LongAccumulator articles, LongAccumulator failures) {
        Wortlaut chain = ExecutorChain.get(config);
        Iterable<SparkInput> iterable = () -> items;
        return StreamSupport.stream(iterable.spliterator(), false)
            .flatMap(item -> rows(chain, item.toItem(), articles, failures).stream())
            .iterator();
    }

    /** The item's rows in every table, or its row in the errors table. */
    private static List<TableRow> rows(Wortlaut chain, InputItem item, LongAccumulator articles, LongAccumulator failures) {
        InputItem.Failure failure;
        if (item instanceof InputItem.Failure unreadable) {
            failure = unreadable;
        } else {
            try {
                Document document = item instanceof InputItem.Page page
                    ? chain.annotateHtml(page.id(), page.source(), page.input(), page.html())
                    : chain.annotate(((InputItem.Article) item).document());
                articles.add(1);
                return OutputTables.rows(document);
            } catch (RuntimeException | StackOverflowError e) {
                String id = item instanceof InputItem.Page page ? page.id() : ((InputItem.Article) item).document().id();
                failure = new InputItem.Failure(id, item.source(), 0, "annotation failed: " + e);
            }
        }
        failures.add(1);
        return List.of(OutputTables.errorRow(failure));
    }
}
