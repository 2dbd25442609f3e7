package org.wortlaut.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import org.wortlaut.model.InputInfo;

/**
 * Articles sent to the server, read as the command line reads the same content from a file: a
 * text body as a {@code .txt} file, an HTML body as a saved page, a JSON object as one record of
 * a {@code .jsonl} export. So that the server's documents equal the command line's, and a limit
 * means the same in both.
 */
public final class Submissions {

    private Submissions() {
    }

    /** Thrown for an article longer than the limit, which a server answers differently from bad input. */
    public static final class TooLongException extends Exception {
        TooLongException(String message) {
            super(message);
        }
    }

    /** The most bytes a submission may have: an HTML page may be this much longer than its text. */
    public static long maxBytes(int maxChars) {
        return (long) maxChars * InputReader.HTML_BYTES_PER_CHAR;
    }

    private static InputLimits limits(int maxChars) {
        return new InputLimits(maxChars, maxBytes(maxChars));
    }

    /** A text body, as the bytes of a {@code .txt} file. */
    public static InputItem text(String id, String source, byte[] bytes, int maxChars)
        throws InputException, TooLongException {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        checkChars(decoded.text(), maxChars);
        return RecordFields.article(id, source, InputInfo.NONE, decoded, limits(maxChars));
    }

    /** An HTML body, as a saved page. */
    public static InputItem page(String id, String source, byte[] html, int maxChars) throws TooLongException {
        checkBytes(html.length, maxChars);
        return new InputItem.Page(id, source, InputInfo.NONE, html);
    }

    /**
     * A JSON object with {@code text} or {@code html} and optional {@code id}, {@code title},
     * {@code url}, {@code published}, {@code source}, as one line of a {@code .jsonl} export.
     */
    public static InputItem record(JsonNode record, String defaultId, String source, int maxChars)
        throws InputException, TooLongException {
        if (record == null || !record.isObject()) {
            throw new InputException("not a JSON object");
        }
        String text = field(record, "text");
        if (text != null) {
            checkChars(text, maxChars);
        }
        String html = field(record, "html");
        if (html != null) {
            checkBytes(html.length(), maxChars);
        }
        String id = field(record, "id");
        InputItem item = RecordFields.toItem(name -> field(record, name), id == null || id.isBlank() ? defaultId : id,
            source, source, 0, limits(maxChars), List.of());
        if (item instanceof InputItem.Failure failure) {
            throw new InputException(failure.message());
        }
        return item;
    }

    private static String field(JsonNode record, String name) {
        JsonNode value = record.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static void checkChars(String text, int maxChars) throws TooLongException {
        if (text.length() > maxChars) {
            throw new TooLongException(limits(maxChars).tooManyChars("article", text.length()));
        }
    }

    private static void checkBytes(long bytes, int maxChars) throws TooLongException {
        if (bytes > maxBytes(maxChars)) {
            throw new TooLongException(String.format(Locale.ROOT,
                "page too long: %,d bytes, the limit is %,d (%d bytes per character of --max-chars)",
                bytes, maxBytes(maxChars), InputReader.HTML_BYTES_PER_CHAR));
        }
    }

    /** Whether a text is nothing but a web address, which the server never fetches. */
    public static boolean isWebAddress(String text) {
        return text.strip().toLowerCase(Locale.ROOT).matches("(https?://|www\\.)\\S+");
    }
}
