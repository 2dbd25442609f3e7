package org.wortlaut.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
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
    /** An HTML page may be this many times longer in bytes than the longest article in characters. */
    private static final int HTML_BYTES_PER_CHAR = 10;

    private final int maxChars;
    private final Deque<Path> pending = new ArrayDeque<>();
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
        this.maxChars = maxChars;
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
            if (next == null && pending.isEmpty() && records == null && !stdinRequested) {
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
            return new InputItem.Failure(null, source, 0, "no such file or directory");
        }
        Kind kind = kindOf(path);
        if (kind == null) {
            return new InputItem.Failure(null, source, 0, "unsupported file type (expected .txt, .html, .htm, .jsonl, .csv, .warc or .warc.gz)");
        }
        try {
            return switch (kind) {
                case TEXT -> readTextFile(path);
                case HTML -> readPage(path);
                case JSONL -> openRecords(new JsonlRecords(path, stem(path), maxChars));
                case CSV -> openRecords(new CsvRecords(path, stem(path), maxChars));
                case WARC -> openRecords(new WarcRecords(path, maxChars));
            };
        } catch (IOException | UncheckedIOException e) {
            return new InputItem.Failure(stem(path), source, 0, "cannot read: " + e.getMessage());
        }
    }

    private InputItem openRecords(RecordFile file) {
        records = file;
        return null;
    }

    private void expand(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            List<Path> found = files.filter(Files::isRegularFile).filter(InputReader::isSupported).sorted().toList();
            for (int i = found.size() - 1; i >= 0; i--) {
                pending.addFirst(found.get(i));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    private InputItem readTextFile(Path path) throws IOException {
        String id = stem(path);
        try {
            return RecordFields.article(id, path.toString(), InputInfo.NONE, TextDecoder.decode(Files.readAllBytes(path)),
                maxChars);
        } catch (InputException e) {
            return new InputItem.Failure(id, path.toString(), 0, e.getMessage());
        }
    }

    private InputItem readPage(Path path) throws IOException {
        long size = Files.size(path);
        long limit = (long) maxChars * HTML_BYTES_PER_CHAR;
        if (size > limit) {
            return new InputItem.Failure(stem(path), path.toString(), 0, RecordFields.tooLong("page", size, "bytes", limit));
        }
        return new InputItem.Page(stem(path), path.toString(), InputInfo.NONE, Files.readAllBytes(path));
    }

    private InputItem readStdin() {
        try {
            return RecordFields.article("stdin", STDIN, InputInfo.NONE, TextDecoder.decode(stdin.readAllBytes()), maxChars);
        } catch (InputException e) {
            return new InputItem.Failure("stdin", STDIN, 0, e.getMessage());
        } catch (IOException e) {
            return new InputItem.Failure("stdin", STDIN, 0, "cannot read standard input: " + e.getMessage());
        }
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
