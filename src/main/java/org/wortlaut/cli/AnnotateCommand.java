package org.wortlaut.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.wortlaut.Wortlaut;
import org.wortlaut.anatomy.HtmlExtractor;
import org.wortlaut.entities.EntityRecognizer;
import org.wortlaut.io.CsvWriter;
import org.wortlaut.io.DocumentWriter;
import org.wortlaut.io.ErrorLog;
import org.wortlaut.io.InputLimits;
import org.wortlaut.io.InputReader;
import org.wortlaut.io.JsonWriter;
import org.wortlaut.io.JsonlWriter;
import org.wortlaut.io.RunLock;
import org.wortlaut.readingtime.ReadingTimeEstimator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wortlaut annotate INPUT...}: runs the chain over articles and writes JSON, JSONL or CSV. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
    description = {"Annotates articles: " + InputReader.KINDS + ".",
        "Exit code 0 when every article was written, 1 when any failed (each failure is reported on "
            + "standard error with its file and line), 2 for a usage error, 3 when the run was interrupted "
            + "(what was written is kept: run again with --resume)."})
final class AnnotateCommand implements Callable<Integer> {

    static final int DEFAULT_MAX_SECONDS = 300;
    /** More threads than this per core only cost memory: the chain is bound by the processor. */
    static final int THREADS_PER_CORE = 4;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
        description = ".txt, .html, .htm, .jsonl or .csv files, directories of them, or - for standard input.")
    List<String> inputs;

    @Option(names = "--format", defaultValue = "jsonl",
        description = "json (one indented file per article), jsonl (one line per article) or csv (tidy tables). Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Option(names = "--out", paramLabel = "PATH",
        description = "A file for jsonl, a directory for json and csv. Without it, jsonl and a single json document go to standard output.")
    Path out;

    @Option(names = "--plain", description = "Treat each text as article body, without page furniture (headline, byline and date lines).")
    boolean plain;

    @Option(names = "--ner", paramLabel = "MODEL", defaultValue = "corenlp",
        description = "Entity model that types the names: corenlp (CoreNLP's German CRF with the project's rules, "
            + "default) or model (the project's own).")
    String ner;

    @Option(names = "--words-per-minute", paramLabel = "N", defaultValue = "" + ReadingTimeEstimator.DEFAULT_WORDS_PER_MINUTE,
        description = "Reading rate for the reading time. Default: ${DEFAULT-VALUE}.")
    int wordsPerMinute;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + InputLimits.DEFAULT_MAX_CHARS,
        description = "Longest article accepted, in characters (also the text extracted from a page); longer ones are "
            + "reported as failed. Default: ${DEFAULT-VALUE}.")
    int maxChars;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + InputLimits.DEFAULT_MAX_BYTES,
        description = "Most bytes read for one article: a text file, a page, a JSONL line, a CSV record, standard "
            + "input; larger ones are reported as failed, unread. Default: ${DEFAULT-VALUE}.")
    long maxBytes;

    @Option(names = "--max-nesting", paramLabel = "N", defaultValue = "" + HtmlExtractor.DEFAULT_MAX_NESTING,
        description = "Deepest nesting of HTML elements read; deeper pages are reported as failed. Default: ${DEFAULT-VALUE}.")
    int maxNesting;

    @Option(names = "--max-seconds", paramLabel = "N", defaultValue = "" + DEFAULT_MAX_SECONDS,
        description = "Longest time one article may take; a slower one is given up and reported as failed. "
            + "Default: ${DEFAULT-VALUE}.")
    int maxSeconds;

    @Option(names = "--restart", description = "Discard the partial output of an unfinished run in --out and start anew.")
    boolean restart;

    @Option(names = "--csv-formulas", description = "Write CSV cells that start with =, +, -, @, tab or carriage return "
        + "as they are. By default they get a leading ' so that spreadsheets show them as text and run nothing.")
    boolean csvFormulas;

    @Option(names = "--threads", paramLabel = "N",
        description = "Articles annotated at once. Default: all cores. The output is the same for any N.")
    Integer threads;

    @Option(names = "--resume", description = "Continue a killed run into the same --out, skipping the articles it wrote.")
    boolean resume;

    @Option(names = "--bom", description = "Start each CSV table with a UTF-8 byte order mark, so that Excel shows umlauts right when the file is opened by a double-click.")
    boolean byteOrderMark;

    @Option(names = "--errors", paramLabel = "FILE",
        description = "Where failed articles are listed (JSONL: id, source, line, message). Default: errors.jsonl in the "
            + "--out directory, or NAME.errors.jsonl beside a jsonl --out file; none when writing to standard output.")
    Path errorsFile;

    /** Held while the run writes to {@code --out}; released by the shutdown hook of a killed run too. */
    private RunLock lock;

    @Override
    public Integer call() throws IOException {
        checkArguments();
        PrintStream log = System.err;
        lock = lockOutput(log);
        try {
            if (resume && holdsFinishedRun()) {
                log.println("wortlaut: " + out + " holds a finished run: nothing to resume (without --resume it is written anew)");
                return 0;
            }
            if (!resume && !restart && holdsUnfinishedRun()) {
                throw new UsageError(out + " holds the partial output of a run that did not finish: continue it with "
                    + "--resume, or discard it and start anew with --restart");
            }
            return annotate(() -> loadModels(log), UnaryOperator.identity(), log);
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }

    private Wortlaut loadModels(PrintStream log) {
        long started = System.nanoTime();
        Wortlaut wortlaut = Wortlaut.builder().plain(plain).wordsPerMinute(wordsPerMinute).maxNesting(maxNesting).ner(nerTagger(ner))
            .build();
        log.printf(Locale.ROOT, "wortlaut: models loaded in %.1f s%n", seconds(started));
        return wortlaut;
    }

    /**
     * Runs the chain over the inputs. The output is opened before the models load, so that an
     * unwritable {@code --out} is told at once. The output becomes final only when every input
     * was written or reported; on any error that escapes the handling of single articles, and on
     * a kill, what was written stays in the temporary files for {@code --resume}.
     *
     * @param models loads the chain
     * @param seam   wraps the writer; the tests inject failures through it
     */
    int annotate(Supplier<Wortlaut> models, UnaryOperator<DocumentWriter> seam, PrintStream log) throws IOException {
        long started = System.nanoTime();
        RunSummary summary = new RunSummary(InputReader.count(inputs));
        Writer stdout = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
        Path errorsPath = errorsPath();
        DocumentWriter writer = seam.apply(openWriter(stdout));
        ErrorLog errors = errorsPath == null ? null : new ErrorLog(errorsPath);
        Thread onKill = new Thread(() -> {
            log.println("wortlaut: " + interrupted(summary, "killed"));
            releaseLock();
        });
        Runtime.getRuntime().addShutdownHook(onKill);
        try (InputReader reader = new InputReader(inputs, limits(), System.in)) {
            Wortlaut wortlaut = models.get();
            new BatchRunner(wortlaut, threadCount(log), writer, errors, summary, log, limits(),
                Duration.ofSeconds(maxSeconds)).run(reader);
            summary.skippedRecords(reader.skipped());
            writer.close();
            if (errors != null) {
                errors.close();
            }
        } catch (Throwable e) {
            writer.abandon();
            if (errors != null) {
                errors.abandon();
            }
            log.println("wortlaut: " + interrupted(summary, e.toString()));
            return UserErrorHandler.INTERRUPTED;
        } finally {
            removeShutdownHook(onKill);
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

    private String interrupted(RunSummary summary, String cause) {
        String next = out != null ? "run again with --resume to continue" : "the output is incomplete";
        return String.format(Locale.ROOT, "interrupted after %d of %d articles (%s): %s", summary.handled(),
            summary.total(), cause, next);
    }

    private static void removeShutdownHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            return; // the JVM is shutting down: the hook runs
        }
    }

    private void releaseLock() {
        try {
            if (lock != null) {
                lock.close();
            }
        } catch (IOException e) {
            return; // a stale lock is taken over by the next run
        }
    }

    /** The lock on {@code --out}, taken before the models load; none for standard output. */
    private RunLock lockOutput(PrintStream log) {
        if (out == null) {
            return null;
        }
        Path lockFile = DocumentWriter.lockFile(out, format != OutputFormat.jsonl);
        try {
            return RunLock.acquire(lockFile, message -> log.println("wortlaut: " + message));
        } catch (RunLock.HeldException e) {
            throw new UsageError(e.getMessage());
        } catch (IOException e) {
            throw new UsageError("cannot write to --out " + out + ": " + reason(e));
        }
    }

    /** Java names the path and the exception's class; the user needs the cause in words. */
    private static String reason(IOException e) {
        if (e instanceof FileAlreadyExistsException) {
            return "a file stands where a folder is needed: " + e.getMessage();
        }
        if (e instanceof NoSuchFileException) {
            return "no such folder, and it cannot be made: " + e.getMessage();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied: " + e.getMessage();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private InputLimits limits() {
        return new InputLimits(maxChars, maxBytes);
    }

    private int threadCount(PrintStream log) {
        int cores = Runtime.getRuntime().availableProcessors();
        if (threads == null) {
            return cores;
        }
        int most = cores * THREADS_PER_CORE;
        if (threads > most) {
            log.printf(Locale.ROOT, "wortlaut: --threads %d lowered to %d (%d per core on %d cores)%n", threads, most,
                THREADS_PER_CORE, cores);
            return most;
        }
        return threads;
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
        if (maxChars <= 0 || maxBytes <= 0 || maxNesting <= 0 || maxSeconds <= 0) {
            throw new UsageError("--max-chars, --max-bytes, --max-nesting and --max-seconds must be positive");
        }
        if (resume && restart) {
            throw new UsageError("--resume continues a run and --restart discards it: give one of them");
        }
        nerTagger(ner);
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
        checkInputsExist();
        refuseOutputAmongInputs();
    }

    /** A missing input is a typing error: told at once, before the models load. */
    private void checkInputsExist() {
        for (String input : inputs) {
            if (input.equals(InputReader.STDIN)) {
                continue;
            }
            Path path = Path.of(input);
            if (!Files.exists(path)) {
                throw new UsageError(input + ": no such file or directory");
            }
            if (!Files.isRegularFile(path) && !Files.isDirectory(path)) {
                throw new UsageError(input + ": " + InputReader.NOT_A_FILE);
            }
        }
    }

    /**
     * The output must neither replace an input nor lie inside an input folder, where the next run
     * would read it back as articles.
     */
    private void refuseOutputAmongInputs() {
        List<Path> outputs = new ArrayList<>();
        if (out != null) {
            outputs.add(out);
        }
        if (errorsPath() != null) {
            outputs.add(errorsPath());
        }
        for (String input : inputs) {
            if (input.equals(InputReader.STDIN)) {
                continue;
            }
            Path in = canonical(Path.of(input));
            for (Path output : outputs) {
                Path target = canonical(output);
                if (target.equals(in)) {
                    throw new UsageError(output + " is an input: choose another output, the input would be overwritten");
                }
                if (Files.isDirectory(in) && target.startsWith(in)) {
                    throw new UsageError(output + " lies inside the input folder " + input
                        + ": choose an output outside it, or the next run reads it back as articles");
                }
            }
        }
    }

    /** The real path of the longest existing part, with the rest appended: links and ".." resolved. */
    private static Path canonical(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }

    private boolean singleArticle() {
        if (inputs.size() != 1) {
            return false;
        }
        String input = inputs.get(0);
        return input.equals(InputReader.STDIN) || input.toLowerCase(Locale.ROOT).endsWith(".txt");
    }

    private boolean holdsUnfinishedRun() {
        return out != null && Files.exists(DocumentWriter.progressLog(out, format != OutputFormat.jsonl));
    }

    private boolean holdsFinishedRun() throws IOException {
        return switch (format) {
            case jsonl -> JsonlWriter.holdsFinishedRun(out);
            case json -> JsonWriter.holdsFinishedRun(out);
            case csv -> CsvWriter.holdsFinishedRun(out);
        };
    }

    private DocumentWriter openWriter(Writer stdout) {
        try {
            return switch (format) {
                case jsonl -> out == null ? JsonlWriter.toStream(stdout) : JsonlWriter.toFile(out, resume);
                case json -> out == null ? JsonWriter.toStream(stdout) : JsonWriter.toDirectory(out, resume);
                case csv -> new CsvWriter(out, resume, !csvFormulas, byteOrderMark);
            };
        } catch (IOException e) {
            throw new UsageError("cannot write to --out " + out + ": " + reason(e));
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
