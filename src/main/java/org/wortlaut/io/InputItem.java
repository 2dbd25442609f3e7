package org.wortlaut.io;

import org.wortlaut.model.Document;
import org.wortlaut.model.InputInfo;

/** One unit of input: an article's text, a web page, or the reason a record could not be read. */
public sealed interface InputItem {

    /** Where the item came from: a path, "path:line" for a record, or "-". */
    String source();

    /** An article as text, ready for the chain. */
    record Article(Document document) implements InputItem {
        @Override
        public String source() {
            return document.source();
        }
    }

    /** A saved web page; its article text is extracted when it is annotated. */
    record Page(String id, String source, InputInfo input, byte[] html) implements InputItem {
    }

    /**
     * @param id      the article's id when it is known, else null
     * @param line    1-based line of the record in a JSONL or CSV file, 0 for a whole file
     */
    record Failure(String id, String source, int line, String message) implements InputItem {
    }
}
