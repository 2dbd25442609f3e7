package org.wortlaut.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.wortlaut.model.Document;

/** One indented JSON document per article: a file {@code <id>.json} each, or one to a stream. */
public final class JsonWriter implements DocumentWriter {

    private final Path directory;
    private final Writer stream;
    private final Set<String> namesUsed = new HashSet<>();

    private JsonWriter(Path directory, Writer stream) {
        this.directory = directory;
        this.stream = stream;
    }

    public static JsonWriter toDirectory(Path directory) {
        return new JsonWriter(directory, null);
    }

    /** For a single document; the caller owns the stream. */
    public static JsonWriter toStream(Writer stream) {
        return new JsonWriter(null, stream);
    }

    @Override
    public void write(Document document) throws IOException {
        String json = Json.PRETTY.writeValueAsString(document) + "\n";
        if (stream != null) {
            stream.write(json);
            return;
        }
        AtomicFile.write(directory.resolve(fileName(document.id())), json);
    }

    /** A safe, unique file name: two articles with the same id do not overwrite each other. */
    private String fileName(String id) {
        String base = id.replaceAll("[^\\p{L}\\p{N}._-]", "_");
        String name = base + ".json";
        for (int n = 2; !namesUsed.add(name); n++) {
            name = base + "-" + n + ".json";
        }
        return name;
    }

    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.flush();
        }
    }
}
