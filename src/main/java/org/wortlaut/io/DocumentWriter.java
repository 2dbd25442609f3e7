package org.wortlaut.io;

import java.io.IOException;
import org.wortlaut.model.Document;

/** Where annotated documents go. Nothing is final before {@link #close}. */
public interface DocumentWriter extends AutoCloseable {

    void write(Document document) throws IOException;

    @Override
    void close() throws IOException;
}
