package org.wortlaut.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.wortlaut.model.Document;
import org.wortlaut.model.InputInfo;

/**
 * Reads the inputs of a run one article at a time: {@code .txt} files (one article each, id =
 * file name without extension), {@code .jsonl} files (one record per line with {@code id},
 * {@code text} and optional {@code title}, {@code url}, {@code published}), directories (all such
 * files below them, in path order) and {@code -} (standard input, one article). Nothing is held
 * in memory beyond the current file or record; an unreadable file or record becomes a
 * {@link InputItem.Failure} and reading goes on.
 */
public final class InputReader implements Iterator<InputItem>, AutoCloseable {

    public static final String STDIN = "-";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int maxChars;
    private final Deque<Path> pending = new ArrayDeque<>();
    private final InputStream stdin;
    private boolean stdinRequested;
    private JsonlFile currentJsonl;
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
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".jsonl");
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            next = advance();
            if (next == null && pending.isEmpty() && currentJsonl == null && !stdinRequested) {
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
        if (currentJsonl != null) {
            InputItem record = currentJsonl.nextRecord();
            if (record != null) {
                return record;
            }
            currentJsonl.close();
            currentJsonl = null;
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
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl")) {
            try {
                currentJsonl = new JsonlFile(path);
                return null;
            } catch (IOException e) {
                return new InputItem.Failure(null, source, 0, "cannot read: " + e.getMessage());
            }
        }
        if (!name.endsWith(".txt")) {
            return new InputItem.Failure(null, source, 0,
                "unsupported file type (expected .txt or .jsonl)");
        }
        return readTextFile(path);
    }

    private void expand(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            List<Path> found = files.filter(Files::isRegularFile).filter(InputReader::isSupported)
                .sorted().toList();
            for (int i = found.size() - 1; i >= 0; i--) {
                pending.addFirst(found.get(i));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    private InputItem readTextFile(Path path) {
        String id = stem(path);
        try {
            return article(id, path.toString(), InputInfo.NONE, TextDecoder.decode(Files.readAllBytes(path)));
        } catch (InputException e) {
            return new InputItem.Failure(id, path.toString(), 0, e.getMessage());
        } catch (IOException e) {
            return new InputItem.Failure(id, path.toString(), 0, "cannot read: " + e.getMessage());
        }
    }

    private InputItem readStdin() {
        try {
            return article("stdin", STDIN, InputInfo.NONE, TextDecoder.decode(stdin.readAllBytes()));
        } catch (InputException e) {
            return new InputItem.Failure("stdin", STDIN, 0, e.getMessage());
        } catch (IOException e) {
            return new InputItem.Failure("stdin", STDIN, 0, "cannot read standard input: " + e.getMessage());
        }
    }

    private InputItem article(String id, String source, InputInfo info, TextDecoder.Decoded decoded) {
        if (decoded.text().length() > maxChars) {
            return new InputItem.Failure(id, source, 0, String.format(Locale.ROOT,
                "article too long: %,d characters, the limit is %,d (raise it with --max-chars)",
                decoded.text().length(), maxChars));
        }
        Document document = Document.of(id, source, info, decoded.text());
        return new InputItem.Article(decoded.warning() == null ? document : document.withWarning(decoded.warning()));
    }

    private static String stem(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    @Override
    public void close() {
        if (currentJsonl != null) {
            currentJsonl.close();
        }
    }

    /** A JSONL file being read record by record. */
    private final class JsonlFile {
        private final Path path;
        private final BufferedReader reader;
        private int line;

        JsonlFile(Path path) throws IOException {
            this.path = path;
            this.reader = new BufferedReader(new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8));
        }

        /** The next record, or null at the end of the file. */
        InputItem nextRecord() {
            try {
                String text;
                do {
                    text = reader.readLine();
                    line++;
                } while (text != null && text.isBlank());
                return text == null ? null : parse(text);
            } catch (IOException e) {
                return new InputItem.Failure(null, path.toString(), line, "cannot read: " + e.getMessage());
            }
        }

        private InputItem parse(String json) {
            String source = path + ":" + line;
            JsonNode record;
            try {
                record = JSON.readTree(json);
            } catch (IOException e) {
                return new InputItem.Failure(null, path.toString(), line, "malformed JSON: " + firstLine(e.getMessage()));
            }
            if (record == null || !record.isObject()) {
                return new InputItem.Failure(null, path.toString(), line, "not a JSON object");
            }
            String id = textField(record, "id");
            if (id == null) {
                id = stem(path) + "-" + line;
            }
            String text = textField(record, "text");
            if (text == null || text.isBlank()) {
                return new InputItem.Failure(id, path.toString(), line, "record has no \"text\"");
            }
            InputInfo info = new InputInfo(textField(record, "title"), textField(record, "url"),
                textField(record, "published"));
            try {
                return article(id, source, info, TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8)));
            } catch (InputException e) {
                return new InputItem.Failure(id, path.toString(), line, e.getMessage());
            }
        }

        void close() {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String textField(JsonNode record, String field) {
        JsonNode value = record.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
