package org.wortlaut.io;

import org.wortlaut.model.Document;

/** One unit of input: an article ready for the chain, or the reason a record could not be read. */
public sealed interface InputItem {

    /** Where the item came from: a path, "path:line" for a record, or "-". */
    String source();

    record Article(Document document) implements InputItem {
        @Override
        public String source() {
            return document.source();
        }
    }

    /**
     * @param id      the article's id when it is known, else null
     * @param line    1-based line of the record in a JSONL file, 0 for a whole file
     */
    record Failure(String id, String source, int line, String message) implements InputItem {
    }
}
