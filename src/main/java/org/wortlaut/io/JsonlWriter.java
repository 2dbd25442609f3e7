package org.wortlaut.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.wortlaut.model.Document;

/** One document per line, to a file (moved into place when complete) or to a stream. */
public final class JsonlWriter implements DocumentWriter {

    private final Writer writer;
    private final OutputFiles files;

    private JsonlWriter(Writer writer, OutputFiles files) {
        this.writer = writer;
        this.files = files;
    }

    /** Whether {@code path} holds a finished run, which {@code --resume} leaves as it is. */
    public static boolean holdsFinishedRun(Path path) {
        return OutputFiles.isFinished(progressLog(path), List.of(path));
    }

    private static Path progressLog(Path path) {
        return DocumentWriter.progressLog(path, false);
    }

    /**
     * @param resume continue a killed run into the same file
     */
    public static JsonlWriter toFile(Path path, boolean resume) throws IOException {
        OutputFiles files = new OutputFiles(progressLog(path), List.of(path), resume);
        return new JsonlWriter(files.writer(0), files);
    }

    /** Writes to a stream the caller owns; closing flushes it. */
    public static JsonlWriter toStream(Writer writer) {
        return new JsonlWriter(writer, null);
    }

    @Override
    public void write(Document document) throws IOException {
        writer.write(Json.COMPACT.writeValueAsString(document));
        writer.write('\n');
        if (files != null) {
            files.written(document.source());
        }
    }

    @Override
    public boolean isWritten(Document input) {
        return files != null && files.isDone(input.source());
    }

    @Override
    public void abandon() {
        if (files != null) {
            files.abandon();
        } else {
            flushQuietly(writer);
        }
    }

    /** Standard output that cannot be flushed any more has nothing left to lose. */
    static void flushQuietly(Writer stream) {
        try {
            stream.flush();
        } catch (IOException e) {
            return;
        }
    }

    @Override
    public void close() throws IOException {
        if (files != null) {
            files.commit();
        } else {
            writer.flush();
        }
    }
}
