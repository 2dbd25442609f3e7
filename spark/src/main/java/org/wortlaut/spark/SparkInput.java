package org.wortlaut.spark;

import java.io.Serializable;
import java.util.ArrayList;
import org.wortlaut.io.InputItem;
import org.wortlaut.model.Document;
import org.wortlaut.model.InputInfo;

/**
 * One input item on its way from the task that read it to the task that annotates it: the
 * reader's {@link InputItem} in a form Spark can ship between executors.
 *
 * @param input    title, url, published and outlet of the record ({@link InputInfo}), each may be null
 * @param text     the article's text, for an article; else null
 * @param html     the page's bytes, for a page; else null
 * @param message  why the item could not be read, for a failure; else null
 */
record SparkInput(String id, String source, int line, String[] input, String text, byte[] html,
                  ArrayList<String> warnings, String message) implements Serializable {

    static SparkInput of(InputItem item) {
        if (item instanceof InputItem.Article article) {
            Document document = article.document();
            return new SparkInput(document.id(), document.source(), 0, fields(document.input()), document.text(), null,
                new ArrayList<>(document.warnings()), null);
        }
        if (item instanceof InputItem.Page page) {
            return new SparkInput(page.id(), page.source(), 0, fields(page.input()), null, page.html(), new ArrayList<>(),
                null);
        }
        InputItem.Failure failure = (InputItem.Failure) item;
        return new SparkInput(failure.id(), failure.source(), failure.line(), null, null, null, new ArrayList<>(),
            failure.message());
    }

    private static String[] fields(InputInfo info) {
        return new String[] {info.title(), info.url(), info.published(), info.source()};
    }

    /** The item as the reader gave it. */
    InputItem toItem() {
        if (message != null) {
            return new InputItem.Failure(id, source, line, message);
        }
        InputInfo info = new InputInfo(input[0], input[1], input[2], input[3]);
        if (html != null) {
            return new InputItem.Page(id, source, info, html);
        }
        Document document = Document.of(id, source, info, text);
        for (String warning : warnings) {
            document = document.withWarning(warning);
        }
        return new InputItem.Article(document);
    }

    /** The same item under another source: a remote file is read through a local copy. */
    SparkInput withSource(String copy, String original) {
        return new SparkInput(id, source.replace(copy, original), line, input, text, html, warnings, message);
    }
}
