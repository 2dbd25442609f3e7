package org.wortlaut.anatomy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wortlaut.io.TextDecoder;

/**
 * Bytes of an HTML page to text. Bytes that are valid UTF-8 are read as UTF-8 whatever the page
 * declares (ASCII reads the same either way, and other byte soup is rarely valid UTF-8). Otherwise
 * each valid UTF-8 sequence is still read as UTF-8 (pages pasted together from UTF-8 and Latin-1
 * parts exist) and every other byte in the declared single-byte charset, or in Windows-1252 (the
 * superset of Latin-1 that pages claiming UTF-8 really hold). The text is normalised to NFC.
 */
final class HtmlDecoder {

    private static final Pattern DECLARED = Pattern.compile("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.-]+)",
        Pattern.CASE_INSENSITIVE);
    private static final int HEAD_BYTES = 8192;
    private static final Charset FALLBACK = TextDecoder.WINDOWS_1252;

    private HtmlDecoder() {
    }

    static String decode(byte[] bytes) {
        return TextDecoder.decode(bytes, nonUtf8Charset(bytes)).text();
    }

    /** The declared charset when it is a usable single-byte one, else Windows-1252. */
    private static Charset nonUtf8Charset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, HEAD_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        if (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            if (name.contains("8859-1") || name.contains("latin1") || name.contains("utf")) {
                return FALLBACK;
            }
            try {
                return Charset.forName(name);
            } catch (IllegalArgumentException e) {
                return FALLBACK;
            }
        }
        return FALLBACK;
    }
}
