package org.wortlaut.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import org.wortlaut.model.Document;

/** One document per line, to a file (moved into place when complete) or to a stream. */
public final class JsonlWriter implements DocumentWriter {

    private final Writer writer;
    private final AtomicFile file;

    private JsonlWriter(Writer writer, AtomicFile file) {
        this.writer = writer;
        this.file = file;
    }

    public static JsonlWriter toFile(Path path) throws IOException {
        AtomicFile file = new AtomicFile(path);
        return new JsonlWriter(file.writer(), file);
    }

    /** Writes to a stream the caller owns; closing flushes it. */
    public static JsonlWriter toStream(Writer writer) {
        return new JsonlWriter(writer, null);
    }

    @Override
    public void write(Document document) throws IOException {
        writer.write(Json.COMPACT.writeValueAsString(document));
        writer.write('\n');
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            file.commit();
        } else {
            writer.flush();
        }
    }
}
