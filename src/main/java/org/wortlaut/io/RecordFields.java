package org.wortlaut.io;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
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
     */
    public static InputItem toItem(Function<String, String> field, String file, String fileStem, int line, int maxChars) {
        String id = field.apply("id");
        if (id == null || id.isBlank()) {
            id = fileStem + "-" + line;
        }
        InputInfo info = new InputInfo(field.apply("title"), field.apply("url"), field.apply("published"),
            field.apply("source"));
        String source = file + ":" + line;
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
            return article(id, source, info, decoded, maxChars);
        } catch (InputException e) {
            return new InputItem.Failure(id, file, line, e.getMessage());
        }
    }

    /** An article, or a failure when the text is longer than {@code maxChars}. */
    static InputItem article(String id, String source, InputInfo info, TextDecoder.Decoded decoded, int maxChars) {
        if (decoded.text().length() > maxChars) {
            return new InputItem.Failure(id, source, 0, tooLong("article", decoded.text().length(), "characters", maxChars));
        }
        Document document = Document.of(id, source, info, decoded.text());
        return new InputItem.Article(decoded.warning() == null ? document : document.withWarning(decoded.warning()));
    }

    static String tooLong(String what, long size, String unit, long limit) {
        return String.format(Locale.ROOT, "%s too long: %,d %s, the limit is %,d (raise it with --max-chars)",
            what, size, unit, limit);
    }
}
