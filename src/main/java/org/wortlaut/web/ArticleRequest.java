package org.wortlaut.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import org.wortlaut.io.InputException;
import org.wortlaut.io.InputItem;
import org.wortlaut.io.Json;
import org.wortlaut.io.Submissions;

/**
 * The body of {@code POST /api/annotate} as an input item, by its content type: text/plain as a
 * {@code .txt} file, text/html as a saved page, application/json as one JSONL record. A body that
 * is nothing but a web address is refused: the server fetches nothing.
 */
final class ArticleRequest {

    /** The documents' {@code source}: where they came from. */
    static final String SOURCE = "http";
    static final String WEB_ADDRESS = "web-address";
    private static final String ADDRESS_HINT = "the server fetches no web pages: save the page in the browser "
        + "(Ctrl+S) and send its HTML, or paste the article's text";

    private ArticleRequest() {
    }

    static InputItem read(String contentType, byte[] body, String id, int maxChars) throws ApiError {
        if (contentType == null || contentType.isBlank()) {
            throw unsupported("no content type");
        }
        String[] parts = contentType.split(";");
        String media = parts[0].strip().toLowerCase(Locale.ROOT);
        try {
            InputItem item = switch (media) {
                case "text/plain" -> Submissions.text(id, SOURCE, utf8(body, charsetOf(parts)), maxChars);
                case "text/html", "application/xhtml+xml" -> Submissions.page(id, SOURCE, body, maxChars);
                case "application/json" -> Submissions.record(parseJson(body), id, SOURCE, maxChars);
                default -> throw unsupported(media);
            };
            if (item instanceof InputItem.Article article && Submissions.isWebAddress(article.document().text())) {
                throw new ApiError(400, WEB_ADDRESS, ADDRESS_HINT);
            }
            return item;
        } catch (InputException e) {
            if (media.equals("application/json") && e.getMessage().contains("no \"text\" or \"html\"")
                && parseJson(body).hasNonNull("url")) {
                throw new ApiError(400, WEB_ADDRESS, ADDRESS_HINT);
            }
            throw ApiError.badInput(e.getMessage());
        } catch (Submissions.TooLongException e) {
            throw tooLarge(e.getMessage());
        }
    }

    static ApiError tooLarge(String message) {
        return new ApiError(413, "too-large", message);
    }

    private static ApiError unsupported(String what) {
        return new ApiError(415, "unsupported-type",
            what + ": send text/plain, text/html or application/json {\"text\" or \"html\", \"title\", \"url\", \"published\"}");
    }

    private static Charset charsetOf(String[] contentTypeParts) throws ApiError {
        for (int i = 1; i < contentTypeParts.length; i++) {
            String[] parameter = contentTypeParts[i].split("=", 2);
            if (parameter.length == 2 && parameter[0].strip().equalsIgnoreCase("charset")) {
                String name = parameter[1].strip().replace("\"", "");
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw unsupported("charset " + name);
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** Text in a declared charset other than UTF-8, re-encoded, so that it is read as a UTF-8 file is. */
    private static byte[] utf8(byte[] body, Charset declared) {
        return declared.equals(StandardCharsets.UTF_8) ? body : new String(body, declared).getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode parseJson(byte[] body) throws ApiError {
        try {
            return Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiError.badInput("malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiError.badInput("unreadable JSON: " + e.getMessage());
        }
    }
}
