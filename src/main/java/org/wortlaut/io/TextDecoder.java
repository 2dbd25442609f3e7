package org.wortlaut.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Turns the bytes of a text file into text: UTF-8 when they are valid UTF-8, else Windows-1252
 * (a superset of Latin-1 for printable text), which older German exports use. Rejects binary
 * files and empty ones. Text is normalised to NFC so that "ü" written as u + combining mark
 * matches the lexicons.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /** The decoded text and, when it was not UTF-8, a warning saying so. */
    public record Decoded(String text, String warning) {
    }

    public static Decoded decode(byte[] bytes) throws InputException {
        if (looksBinary(bytes)) {
            throw new InputException("binary file, not text (it contains NUL or control bytes)");
        }
        String text;
        String warning = null;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, WINDOWS_1252);
            warning = "not valid UTF-8: read as Windows-1252";
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new InputException("empty: no text to annotate");
        }
        return new Decoded(Normalizer.normalize(text, Normalizer.Form.NFC), warning);
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
