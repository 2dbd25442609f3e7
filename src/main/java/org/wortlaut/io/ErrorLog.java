package org.wortlaut.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The articles a run could not annotate, one JSON object per line: {@code id}, {@code source},
 * {@code line} (1-based line of a JSONL record, 0 for a whole file) and {@code message}. The file
 * is created with the first failure: a clean run leaves none (and removes one an earlier run left).
 */
public final class ErrorLog implements AutoCloseable {

    private final Path path;
    private AtomicFile file;

    public ErrorLog(Path path) {
        this.path = path;
    }

    public void add(InputItem.Failure failure) throws IOException {
        if (file == null) {
            file = new AtomicFile(path);
        }
        ObjectNode record = Json.MAPPER.createObjectNode();
        record.put("id", failure.id());
        record.put("source", failure.source());
        record.put("line", failure.line());
        record.put("message", failure.message());
        file.writer().write(Json.COMPACT.writeValueAsString(record));
        file.writer().write('\n');
        file.flush();
    }

    /** For a run that did not finish: the failures so far stay in the temporary file. */
    public void abandon() {
        if (file != null) {
            file.abandon();
        }
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            file.commit();
        } else {
            Files.deleteIfExists(path);
            Files.deleteIfExists(AtomicFile.partialOf(path));
        }
    }
}
