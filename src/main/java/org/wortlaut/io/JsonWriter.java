package org.wortlaut.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.wortlaut.model.Document;

/**
 * One indented JSON document per article: a file {@code <id>.json} each, or one to a stream. An id
 * too long for a file name (file systems take 255 bytes) is cut and given a hash of the whole id;
 * {@code shortened-names.tsv} lists each such file with its id.
 */
public final class JsonWriter implements DocumentWriter {

    /** The file listing the names that were shortened, with their ids. */
    public static final String SHORTENED_NAMES = "shortened-names.tsv";
    /** Longest name stem in UTF-8 bytes: leaves room for "-NN.json" and ".part" within 255 bytes. */
    static final int MAX_STEM_BYTES = 200;

    private final Path directory;
    private final Writer stream;
    private final OutputFiles progress;
    private final Set<String> namesUsed = new HashSet<>();
    private final Map<String, String> nameOfSource = new HashMap<>();
    private final Map<String, String> shortened = new TreeMap<>();

    private JsonWriter(Path directory, Writer stream, OutputFiles progress) {
        this.directory = directory;
        this.stream = stream;
        this.progress = progress;
    }

    /**
     * @param resume skip the articles a killed run wrote already
     */
    public static JsonWriter toDirectory(Path directory, boolean resume) throws IOException {
        return new JsonWriter(directory, null, new OutputFiles(DocumentWriter.progressLog(directory, true), List.of(), resume));
    }

    /** Whether {@code directory} holds the documents of a finished run, which {@code --resume} leaves as they are. */
    public static boolean holdsFinishedRun(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> documents = files.filter(f -> f.getFileName().toString().endsWith(".json")).toList();
            return OutputFiles.isFinished(DocumentWriter.progressLog(directory, true), documents);
        }
    }

    /** For a single document; the caller owns the stream. */
    public static JsonWriter toStream(Writer stream) {
        return new JsonWriter(null, stream, null);
    }

    @Override
    public void write(Document document) throws IOException {
        String json = Json.PRETTY.writeValueAsString(document) + "\n";
        if (stream != null) {
            stream.write(json);
            return;
        }
        AtomicFile.write(directory.resolve(fileName(document.source(), document.id())), json);
        progress.written(document.source());
    }

    @Override
    public boolean isWritten(Document input) {
        fileName(input.source(), input.id());
        return progress != null && progress.isDone(input.source());
    }

    /**
     * A safe file name, unique within the run: two articles with the same id do not overwrite
     * each other. Names are handed out in input order, so a resumed run gives the same names.
     */
    private String fileName(String source, String id) {
        return nameOfSource.computeIfAbsent(source, s -> {
            String safe = id.replaceAll("[^\\p{L}\\p{N}._-]", "_");
            String base = bounded(safe, id);
            String name = base + ".json";
            for (int n = 2; !namesUsed.add(name); n++) {
                name = base + "-" + n + ".json";
            }
            if (!base.equals(safe)) {
                shortened.put(name, id);
            }
            return name;
        });
    }

    /** The name's stem cut to {@link #MAX_STEM_BYTES} with a hash of the whole id, when it is longer. */
    static String bounded(String stem, String id) {
        if (stem.getBytes(StandardCharsets.UTF_8).length <= MAX_STEM_BYTES) {
            return stem;
        }
        String hash = HexFormat.of().formatHex(sha256(id), 0, 8);
        StringBuilder cut = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < stem.length(); ) {
            int c = stem.codePointAt(i);
            int size = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > MAX_STEM_BYTES - hash.length() - 1) {
                break;
            }
            cut.appendCodePoint(c);
            bytes += size;
            i += Character.charCount(c);
        }
        return cut + "-" + hash;
    }

    private static byte[] sha256(String id) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public void abandon() {
        if (stream != null) {
            JsonlWriter.flushQuietly(stream);
        } else {
            progress.abandon();
        }
    }

    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.flush();
        } else {
            if (!shortened.isEmpty()) {
                StringBuilder names = new StringBuilder("file\tid\n");
                shortened.forEach((name, id) -> names.append(name).append('\t').append(id.replace('\t', ' ')
                    .replace('\n', ' ')).append('\n'));
                AtomicFile.write(directory.resolve(SHORTENED_NAMES), names.toString());
            }
            progress.commit();
        }
    }
}
