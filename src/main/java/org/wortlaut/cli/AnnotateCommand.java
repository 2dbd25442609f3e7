package org.wortlaut.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.wortlaut.Wortlaut;
import org.wortlaut.entities.EntityRecognizer;
import org.wortlaut.io.CsvWriter;
import org.wortlaut.io.DocumentWriter;
import org.wortlaut.io.ErrorLog;
import org.wortlaut.io.InputReader;
import org.wortlaut.io.JsonWriter;
import org.wortlaut.io.JsonlWriter;
import org.wortlaut.readingtime.ReadingTimeEstimator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wortlaut annotate INPUT...}: runs the chain over articles and writes JSON, JSONL or CSV. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
    description = {"Annotates articles: .txt files (one article each), .jsonl files (one record per line: "
        + "id, text, optional title, url, published), directories of them, or - for standard input.",
        "Exit code 0 when every article was written, 1 when any failed (each failure is reported on "
            + "standard error with its file and line), 2 for a usage error."})
final class AnnotateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, or - for standard input.")
    List<String> inputs;

    @Option(names = "--format", defaultValue = "jsonl",
        description = "json (one indented file per article), jsonl (one line per article) or csv (tidy tables). Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Option(names = "--out", paramLabel = "PATH",
        description = "A file for jsonl, a directory for json and csv. Without it, jsonl and a single json document go to standard output.")
    Path out;

    @Option(names = "--plain", description = "Treat each text as article body, without page furniture (headline, byline and date lines).")
    boolean plain;

    @Option(names = "--ner", paramLabel = "MODEL", defaultValue = "model",
        description = "Entity model: model (the project's own, default) or corenlp (CoreNLP's German CRF alone).")
    String ner;

    @Option(names = "--words-per-minute", paramLabel = "N", defaultValue = "" + ReadingTimeEstimator.DEFAULT_WORDS_PER_MINUTE,
        description = "Reading rate for the reading time. Default: ${DEFAULT-VALUE}.")
    int wordsPerMinute;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "1000000",
        description = "Longest article accepted, in characters; longer ones are reported as failed. Default: ${DEFAULT-VALUE}.")
    int maxChars;

    @Option(names = "--threads", paramLabel = "N",
        description = "Articles annotated at once. Default: all cores. The output is the same for any N.")
    Integer threads;

    @Option(names = "--resume", description = "Continue a killed run into the same --out, skipping the articles it wrote.")
    boolean resume;

    @Option(names = "--errors", paramLabel = "FILE",
        description = "Where failed articles are listed (JSONL: id, source, line, message). Default: errors.jsonl in the "
            + "--out directory, or NAME.errors.jsonl beside a jsonl --out file; none when writing to standard output.")
    Path errorsFile;

    @Override
    public Integer call() throws IOException {
        checkArguments();
        PrintStream log = System.err;
        if (resume && holdsFinishedRun()) {
            log.println("wortlaut: " + out + " holds a finished run: nothing to resume (without --resume it is written anew)");
            return 0;
        }
        long started = System.nanoTime();
        Wortlaut wortlaut = Wortlaut.builder().plain(plain).wordsPerMinute(wordsPerMinute).ner(nerTagger(ner)).build();
        log.printf(Locale.ROOT, "wortlaut: models loaded in %.1f s%n", seconds(started));
        RunSummary summary = new RunSummary();
        Writer stdout = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
        Path errorsPath = errorsPath();
        try (InputReader reader = new InputReader(inputs, maxChars, System.in);
             DocumentWriter writer = openWriter(stdout);
             ErrorLog errors = errorsPath == null ? null : new ErrorLog(errorsPath)) {
            new BatchRunner(wortlaut, threadCount(), writer, errors, summary, log).run(reader);
        }
        log.println(summary.describe(seconds(started)));
        return summary.failures() > 0 ? UserErrorHandler.FAILED : 0;
    }

    /** The entity model an option names ("model", "corenlp"). */
    static EntityRecognizer.Tagger nerTagger(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "model" -> EntityRecognizer.Tagger.MODEL;
            case "corenlp" -> EntityRecognizer.Tagger.CORENLP;
            default -> throw new UsageError("--ner must be model or corenlp, not " + name);
        };
    }

    private int threadCount() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }

    private Path errorsPath() {
        if (errorsFile != null || out == null) {
            return errorsFile;
        }
        if (format == OutputFormat.jsonl) {
            String name = out.getFileName().toString().replaceFirst("\\.jsonl?$", "");
            return out.resolveSibling(name + ".errors.jsonl");
        }
        return out.resolve("errors.jsonl");
    }

    private void checkArguments() {
        if (wordsPerMinute <= 0) {
            throw new UsageError("--words-per-minute must be positive");
        }
        if (threads != null && threads <= 0) {
            throw new UsageError("--threads must be positive");
        }
        if (resume && out == null) {
            throw new UsageError("--resume needs --out: there is nothing to continue on standard output");
        }
        if (maxChars <= 0) {
            throw new UsageError("--max-chars must be positive");
        }
        if (format == OutputFormat.csv && out == null) {
            throw new UsageError("--format csv needs --out DIRECTORY");
        }
        if (format == OutputFormat.json && out == null && !singleArticle()) {
            throw new UsageError("--format json with several articles needs --out DIRECTORY");
        }
        if (out != null && format != OutputFormat.jsonl && Files.isRegularFile(out)) {
            throw new UsageError("--out " + out + " is a file; --format " + format + " writes a directory");
        }
        if (out != null && format == OutputFormat.jsonl && Files.isDirectory(out)) {
            throw new UsageError("--out " + out + " is a directory; --format jsonl writes a file");
        }
    }

    private boolean singleArticle() {
        if (inputs.size() != 1) {
            return false;
        }
        String input = inputs.get(0);
        return input.equals(InputReader.STDIN) || input.toLowerCase(Locale.ROOT).endsWith(".txt");
    }

    private boolean holdsFinishedRun() throws IOException {
        return switch (format) {
            case jsonl -> JsonlWriter.holdsFinishedRun(out);
            case json -> JsonWriter.holdsFinishedRun(out);
            case csv -> CsvWriter.holdsFinishedRun(out);
        };
    }

    private DocumentWriter openWriter(Writer stdout) throws IOException {
        return switch (format) {
            case jsonl -> out == null ? JsonlWriter.toStream(stdout) : JsonlWriter.toFile(out, resume);
            case json -> out == null ? JsonWriter.toStream(stdout) : JsonWriter.toDirectory(out, resume);
            case csv -> new CsvWriter(out, resume);
        };
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
