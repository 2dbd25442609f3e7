package org.wortlaut.anatomy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes of an HTML page to text. Bytes that are valid UTF-8 are read as UTF-8 whatever the page
 * declares (ASCII reads the same either way, and other byte soup is rarely valid UTF-8); otherwise
 * the declared charset is used, and where the page claims UTF-8 but is not, Windows-1252 (the
 * superset of Latin-1 that such pages really hold). The text is normalised to NFC.
 */
final class HtmlDecoder {

    private static final Pattern DECLARED = Pattern.compile("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.-]+)",
        Pattern.CASE_INSENSITIVE);
    private static final int HEAD_BYTES = 8192;
    private static final Charset FALLBACK = Charset.forName("windows-1252");

    private HtmlDecoder() {
    }

    static String decode(byte[] bytes) {
        String text = strictUtf8(bytes);
        if (text == null) {
            text = new String(bytes, nonUtf8Charset(bytes));
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
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
