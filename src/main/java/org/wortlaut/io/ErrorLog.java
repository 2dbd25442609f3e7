package org.wortlaut.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The articles a run could not annotate, one JSON object per line: {@code id}, {@code source},
 * {@code line} (1-based line of a JSONL record, 0 for a whole file) and {@code message}.
 */
public final class ErrorLog implements AutoCloseable {

    private final AtomicFile file;

    public ErrorLog(Path path) throws IOException {
        this.file = new AtomicFile(path);
    }

    public void add(InputItem.Failure failure) throws IOException {
        ObjectNode record = Json.MAPPER.createObjectNode();
        record.put("id", failure.id());
        record.put("source", failure.source());
        record.put("line", failure.line());
        record.put("message", failure.message());
        file.writer().write(Json.COMPACT.writeValueAsString(record));
        file.writer().write('\n');
        file.flush();
    }

    @Override
    public void close() throws IOException {
        file.commit();
    }
}
