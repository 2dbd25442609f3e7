package org.wortlaut.io;

import java.io.IOException;
import org.wortlaut.model.Document;

/** Where annotated documents go. Nothing is final before {@link #close}. */
public interface DocumentWriter extends AutoCloseable {

    void write(Document document) throws IOException;

    /** Whether a resumed run wrote this article already (asked in input order). */
    default boolean isWritten(Document input) {
        return false;
    }

    @Override
    void close() throws IOException;
}
