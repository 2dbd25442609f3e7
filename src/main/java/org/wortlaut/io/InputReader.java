package org.wortlaut.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.wortlaut.model.InputInfo;

/**
 * Reads the inputs of a run one article at a time: {@code .txt} files (one article each, id =
 * file name without extension), {@code .html}/{@code .htm} pages, {@code .jsonl} and
 * {@code .csv} exports (one record per line or row: {@code id}, {@code text} or {@code html},
 * optional {@code title}, {@code url}, {@code published}, {@code source}), web archives
 * ({@code .warc}, {@code .warc.gz}: German HTML pages, see {@link WarcRecords}), directories (all such
 * files below them, in path order) and {@code -} (standard input, one text article). Nothing is
 * held in memory beyond the current file or record; an unreadable file or record becomes a
 * {@link InputItem.Failure} and reading goes on.
 */
public final class InputReader implements Iterator<InputItem>, AutoCloseable {

    public static final String STDIN = "-";
    /** What {@code annotate --help} says it reads. */
    public static final String KINDS = ".txt files (one article each), .html or .htm pages, .jsonl files (one record "
        + "per line) and .csv exports with a header row (one record per row; records have id, text or html, optional "
        + "title, url, published, source), directories of them, or - for standard input (one text article)";
    /** An HTML page may be this many times longer in bytes than the longest article in characters. */
    static final int HTML_BYTES_PER_CHAR = 10;

    private final InputLimits limits;
    private final Deque<Path> pending = new ArrayDeque<>();
    /** Folders that could not be listed, reported before the files found beside them. */
    private final Deque<InputItem.Failure> unlisted = new ArrayDeque<>();
    private final InputStream stdin;
    private boolean stdinRequested;
    private RecordFile records;
    private final Map<String, Integer> skipped = new TreeMap<>();
    private InputItem next;

    /**
     * @param inputs   paths as given on the command line, or "-" for standard input
     * @param maxChars longest article accepted; longer ones are reported, not annotated
     */
    public InputReader(List<String> inputs, int maxChars, InputStream stdin) {
        this(inputs, new InputLimits(maxChars, (long) maxChars * HTML_BYTES_PER_CHAR), stdin);
    }

    /**
     * @param inputs paths as given on the command line, or "-" for standard input
     * @param limits what one article may cost; a larger one is reported, not read
     */
    public InputReader(List<String> inputs, InputLimits limits, InputStream stdin) {
        this.limits = limits;
        this.stdin = stdin;
        for (String input : inputs) {
            if (input.equals(STDIN)) {
                stdinRequested = true;
            } else {
                pending.add(Path.of(input));
            }
        }
    }

    /** Whether a path names a file this reader takes from a directory. */
    public static boolean isSupported(Path path) {
        return kindOf(path) != null;
    }

    private enum Kind { TEXT, HTML, JSONL, CSV, WARC }

    private static Kind kindOf(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return Kind.TEXT;
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Kind.HTML;
        }
        if (name.endsWith(".jsonl")) {
            return Kind.JSONL;
        }
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
            return Kind.WARC;
        }
        return name.endsWith(".csv") ? Kind.CSV : null;
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            next = advance();
            if (next == null && pending.isEmpty() && unlisted.isEmpty() && records == null && !stdinRequested) {
                return false;
            }
        }
        return true;
    }

    @Override
    public InputItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        InputItem item = next;
        next = null;
        return item;
    }

    private InputItem advance() {
        if (!unlisted.isEmpty()) {
            return unlisted.poll();
        }
        if (records != null) {
            InputItem record = records.next();
            if (record != null) {
                return record;
            }
            closeRecords();
        }
        if (!pending.isEmpty()) {
            return open(pending.poll());
        }
        if (stdinRequested) {
            stdinRequested = false;
            return readStdin();
        }
        return null;
    }

    private InputItem open(Path path) {
        String source = path.toString();
        if (Files.isDirectory(path)) {
            expand(path);
            return null;
        }
        if (!Files.isRegularFile(path)) {
            return new InputItem.Failure(null, source, 0, Files.exists(path) ? NOT_A_FILE : "no such file or directory");
        }
        Kind kind = kindOf(path);
        if (kind == null) {
            return new InputItem.Failure(null, source, 0, "unsupported file type (expected .txt, .html, .htm, .jsonl, .csv, .warc or .warc.gz)");
        }
        try {
            return switch (kind) {
                case TEXT -> readTextFile(path);
                case HTML -> readPage(path);
                case JSONL -> openRecords(new JsonlRecords(path, stem(path), limits));
                case CSV -> openRecords(new CsvRecords(path, stem(path), limits));
                case WARC -> openRecords(new WarcRecords(path, limits));
            };
        } catch (IOException | UncheckedIOException e) {
            return new InputItem.Failure(stem(path), source, 0, "cannot read: " + e.getMessage());
        }
    }

    private InputItem openRecords(RecordFile file) {
        records = file;
        return null;
    }

    /** Queues the files below a directory; a folder that cannot be listed is reported and the rest is read. */
    private void expand(Path directory) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (Files.isRegularFile(file) && isSupported(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    unlisted.add(new InputItem.Failure(null, file.toString(), 0, "cannot read: " + e));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            unlisted.add(new InputItem.Failure(null, directory.toString(), 0, "cannot read: " + e));
        }
        found.sort(null);
        for (int i = found.size() - 1; i >= 0; i--) {
            pending.addFirst(found.get(i));
        }
    }

    private InputItem readTextFile(Path path) throws IOException {
        String id = stem(path);
        long size = Files.size(path);
        if (size > limits.maxBytes()) {
            return new InputItem.Failure(id, path.toString(), 0, limits.tooManyBytes("file", size));
        }
        try {
            return RecordFields.article(id, path.toString(), InputInfo.NONE, TextDecoder.decode(Files.readAllBytes(path)),
                limits);
        } catch (InputException e) {
            return new InputItem.Failure(id, path.toString(), 0, e.getMessage());
        }
    }

    private InputItem readPage(Path path) throws IOException {
        long size = Files.size(path);
        if (size > limits.maxBytes()) {
            return new InputItem.Failure(stem(path), path.toString(), 0, limits.tooManyBytes("page", size));
        }
        return new InputItem.Page(stem(path), path.toString(), InputInfo.NONE, Files.readAllBytes(path));
    }

    private InputItem readStdin() {
        try {
            byte[] bytes = stdin.readNBytes((int) Math.min(limits.maxBytes() + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > limits.maxBytes()) {
                return new InputItem.Failure("stdin", STDIN, 0, limits.tooManyBytes("standard input", -1));
            }
            return RecordFields.article("stdin", STDIN, InputInfo.NONE, TextDecoder.decode(bytes), limits);
        } catch (InputException e) {
            return new InputItem.Failure("stdin", STDIN, 0, e.getMessage());
        } catch (IOException e) {
            return new InputItem.Failure("stdin", STDIN, 0, "cannot read standard input: " + e.getMessage());
        }
    }

    /** What a FIFO, a device or a socket named like an input file is told. */
    public static final String NOT_A_FILE = "not a regular file (a pipe, device or socket): give a file or a directory";

    /**
     * How many articles the inputs hold, counted before the run for its progress: one per text
     * file and page, one per non-blank JSONL line, one per CSV record. A file that cannot be
     * read counts as one (its failure).
     */
    public static long count(List<String> inputs) {
        long total = 0;
        for (String input : inputs) {
            if (input.equals(STDIN)) {
                total++;
                continue;
            }
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    total += files.filter(Files::isRegularFile).filter(InputReader::isSupported)
                        .mapToLong(InputReader::countFile).sum();
                } catch (IOException | UncheckedIOException e) {
                    total++;
                }
            } else {
                total += countFile(path);
            }
        }
        return total;
    }

    private static long countFile(Path path) {
        Kind kind = Files.isRegularFile(path) ? kindOf(path) : null;
        try {
            if (kind == Kind.JSONL) {
                return Math.max(1, RecordText.countNonBlankLines(path));
            }
            if (kind == Kind.CSV) {
                return Math.max(1, RecordText.countCsvRecords(path));
            }
        } catch (IOException | UncheckedIOException e) {
            return 1;
        }
        return 1;
    }

    private static String stem(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private void closeRecords() {
        if (records instanceof WarcRecords warc) {
            warc.skipped().forEach((reason, count) -> skipped.merge(reason, count, Integer::sum));
        }
        records.close();
        records = null;
    }

    /** Records of web archives that are not articles, counted by reason (see {@link WarcRecords}). */
    public Map<String, Integer> skipped() {
        return skipped;
    }

    @Override
    public void close() {
        if (records != null) {
            closeRecords();
        }
    }
}
