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
 * declares (ASCII reads the same either way, and other byte soup is rarely valid UTF-8). Otherwise
 * each valid UTF-8 sequence is still read as UTF-8 (pages pasted together from UTF-8 and Latin-1
 * parts exist) and every other byte in the declared single-byte charset, or in Windows-1252 (the
 * superset of Latin-1 that pages claiming UTF-8 really hold). The text is normalised to NFC.
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
            text = mixed(bytes, nonUtf8Charset(bytes));
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

    /** Valid UTF-8 sequences as UTF-8, every other byte in the single-byte fallback charset. */
    private static String mixed(byte[] bytes, Charset fallback) {
        StringBuilder text = new StringBuilder(bytes.length);
        int i = 0;
        while (i < bytes.length) {
            int length = utf8SequenceLength(bytes, i);
            text.append(length > 0 ? new String(bytes, i, length, StandardCharsets.UTF_8)
                : new String(bytes, i, 1, fallback));
            i += Math.max(length, 1);
        }
        return text.toString();
    }

    /** The length of the valid UTF-8 sequence at {@code i}, or 0 when the byte starts none. */
    private static int utf8SequenceLength(byte[] bytes, int i) {
        int lead = bytes[i] & 0xFF;
        if (lead < 0x80) {
            return 1;
        }
        int length;
        int secondMin = 0x80;
        int secondMax = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            secondMin = lead == 0xE0 ? 0xA0 : 0x80;
            secondMax = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            secondMin = lead == 0xF0 ? 0x90 : 0x80;
            secondMax = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return 0;
        }
        if (i + length > bytes.length) {
            return 0;
        }
        for (int k = 1; k < length; k++) {
            int next = bytes[i + k] & 0xFF;
            int min = k == 1 ? secondMin : 0x80;
            int max = k == 1 ? secondMax : 0xBF;
            if (next < min || next > max) {
                return 0;
            }
        }
        return length;
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
