package org.wortlaut.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Turns the bytes of a text file into text: UTF-8 when they are valid UTF-8; otherwise every valid
 * UTF-8 sequence is still read as UTF-8 (files pasted together from UTF-8 and Latin-1 parts exist)
 * and every other byte in a single-byte charset, Windows-1252 unless the caller knows better (a
 * superset of Latin-1 for printable text, which older German exports use). Rejects binary files
 * and empty ones. Text is normalised to NFC so that "ü" written as u + combining mark matches the
 * lexicons.
 */
public final class TextDecoder {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /** The decoded text and, when it was not UTF-8, a warning saying so. */
    public record Decoded(String text, String warning) {
    }

    /** A text file's bytes as an article's text. */
    public static Decoded decode(byte[] bytes) throws InputException {
        Charset utf16 = utf16ByBom(bytes);
        if (utf16 != null) {
            String text = new String(bytes, 2, bytes.length - 2, utf16);
            return nonBlank(new Decoded(Normalizer.normalize(text, Normalizer.Form.NFC), null));
        }
        if (looksBinary(bytes)) {
            throw new InputException("binary file, not text (it contains NUL or control bytes)");
        }
        return nonBlank(decode(bytes, WINDOWS_1252));
    }

    private static Decoded nonBlank(Decoded decoded) throws InputException {
        if (decoded.text().isBlank()) {
            throw new InputException("empty: no text to annotate");
        }
        return decoded;
    }

    /** UTF-16LE or UTF-16BE when the bytes start with that byte order mark, else null. */
    static Charset utf16ByBom(byte[] head) {
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** Any bytes as text, with {@code fallback} for the bytes that are not UTF-8; NFC, no BOM. */
    public static Decoded decode(byte[] bytes, Charset fallback) {
        String text = strictUtf8(bytes);
        String warning = null;
        if (text == null) {
            text = mixed(bytes, fallback);
            warning = "not valid UTF-8: bytes outside UTF-8 sequences read as " + fallback.name();
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return new Decoded(Normalizer.normalize(text, Normalizer.Form.NFC), warning);
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
    static int utf8SequenceLength(byte[] bytes, int i) {
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
    /**
     * The text with every unpaired UTF-16 surrogate replaced by U+FFFD, so that it can be
     * written as UTF-8; offsets do not move. Null when there is none to replace.
     */
    public static String withoutLoneSurrogates(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : !Character.isLowSurrogate(c) || (i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
            if (Character.isHighSurrogate(c) && paired) {
                i++;
            } else if (!paired) {
                chars = chars == null ? text.toCharArray() : chars;
                chars[i] = '\uFFFD';
            }
        }
        return chars == null ? null : new String(chars);
    }

    private static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return sample > 0 && control * 20 > sample;
    }
}
