package org.wortlaut.io;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.wortlaut.model.Document;
import org.wortlaut.model.InputInfo;

/**
 * Turns one record of a database export (a JSONL line, a CSV row) into an input item: {@code id},
 * {@code text} or {@code html}, and {@code title}, {@code url}, {@code published},
 * {@code source} when present.
 */
public final class RecordFields {

    private RecordFields() {
    }

    /**
     * @param field    the record's value for a field name, or null
     * @param fileStem names records without an id: "export-17"
     * @param warnings what the document carries about how its record was read (its file's encoding)
     */
    public static InputItem toItem(Function<String, String> field, String file, String fileStem, int line, InputLimits limits,
                            List<String> warnings) {
        String id = field.apply("id");
        if (id == null || id.isBlank()) {
            id = fileStem + "-" + line;
        }
        return toItem(field, id, file + ":" + line, file, line, limits, warnings);
    }

    /** A record whose id and source are settled: {@code file} and {@code line} place a failure. */
    static InputItem toItem(Function<String, String> field, String id, String source, String file, int line,
                            InputLimits limits, List<String> warnings) {
        InputInfo info = new InputInfo(field.apply("title"), field.apply("url"), field.apply("published"),
            field.apply("source"));
        String html = field.apply("html");
        if (html != null && !html.isBlank()) {
            return new InputItem.Page(id, source, info, html.getBytes(StandardCharsets.UTF_8));
        }
        String text = field.apply("text");
        if (text == null || text.isBlank()) {
            return new InputItem.Failure(id, file, line, "record has no \"text\" or \"html\"");
        }
        try {
            TextDecoder.Decoded decoded = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8));
            InputItem item = article(id, source, info, decoded, limits);
            if (item instanceof InputItem.Article article) {
                Document document = article.document();
                for (String warning : warnings) {
                    document = document.withWarning(warning);
                }
                return new InputItem.Article(document);
            }
            return item;
        } catch (InputException e) {
            return new InputItem.Failure(id, file, line, e.getMessage());
        }
    }

    /** An article, or a failure when the text is longer than {@code --max-chars}. */
    static InputItem article(String id, String source, InputInfo info, TextDecoder.Decoded decoded, InputLimits limits) {
        if (decoded.text().length() > limits.maxChars()) {
            return new InputItem.Failure(id, source, 0, limits.tooManyChars("article", decoded.text().length()));
        }
        Document document = Document.of(id, source, info, decoded.text());
        return new InputItem.Article(decoded.warning() == null ? document : document.withWarning(decoded.warning()));
    }
}
