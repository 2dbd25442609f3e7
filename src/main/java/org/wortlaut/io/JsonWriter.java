package org.wortlaut.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.wortlaut.model.Document;

/** One indented JSON document per article: a file {@code <id>.json} each, or one to a stream. */
public final class JsonWriter implements DocumentWriter {

    private final Path directory;
    private final Writer stream;
    private final OutputFiles progress;
    private final Set<String> namesUsed = new HashSet<>();
    private final Map<String, String> nameOfSource = new HashMap<>();

    private JsonWriter(Path directory, Writer stream, OutputFiles progress) {
        this.directory = directory;
        this.stream = stream;
        this.progress = progress;
    }

    /**
     * @param resume skip the articles a killed run wrote already
     */
    public static JsonWriter toDirectory(Path directory, boolean resume) throws IOException {
        return new JsonWriter(directory, null, new OutputFiles(directory.resolve(OutputFiles.PROGRESS_LOG), List.of(), resume));
    }

    /** Whether {@code directory} holds the documents of a finished run, which {@code --resume} leaves as they are. */
    public static boolean holdsFinishedRun(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> documents = files.filter(f -> f.getFileName().toString().endsWith(".json")).toList();
            return OutputFiles.isFinished(directory.resolve(OutputFiles.PROGRESS_LOG), documents);
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
            String base = id.replaceAll("[^\\p{L}\\p{N}._-]", "_");
            String name = base + ".json";
            for (int n = 2; !namesUsed.add(name); n++) {
                name = base + "-" + n + ".json";
            }
            return name;
        });
    }

    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.flush();
        } else {
            progress.commit();
        }
    }
}
