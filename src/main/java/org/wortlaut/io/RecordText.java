package org.wortlaut.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Opens a file of records (JSONL, CSV) as text the way {@link TextDecoder} reads a text file:
 * UTF-16 when it starts with a UTF-16 byte order mark; UTF-8 when the whole file is valid UTF-8;
 * otherwise every valid UTF-8 sequence as UTF-8 and every other byte as Windows-1252, with a
 * warning for each of its records. A UTF-8 byte order mark is skipped.
 */
final class RecordText {

    static final String NOT_UTF8 = "not valid UTF-8: bytes outside UTF-8 sequences read as windows-1252";

    /** The file as text and, when it was not UTF-8, the warning its records carry. */
    record Opened(Reader reader, String warning) {
    }

    private RecordText() {
    }

    static Opened open(Path path) throws IOException {
        byte[] head = head(path);
        Charset utf16 = TextDecoder.utf16ByBom(head);
        InputStream in = new BufferedInputStream(Files.newInputStream(path));
        if (utf16 != null) {
            in.skipNBytes(2);
            return new Opened(new InputStreamReader(in, utf16), null);
        }
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            in.skipNBytes(3);
        }
        if (isUtf8(path)) {
            return new Opened(new InputStreamReader(in, StandardCharsets.UTF_8), null);
        }
        return new Opened(new MixedReader(in), NOT_UTF8);
    }

    /**
     * The file for counting lines and quotes, which are ASCII: UTF-16 by its byte order mark, else
     * a byte per character, without the pass that checks for UTF-8.
     */
    private static Reader forCounting(Path path) throws IOException {
        Charset utf16 = TextDecoder.utf16ByBom(head(path));
        return new InputStreamReader(new BufferedInputStream(Files.newInputStream(path)),
            utf16 != null ? utf16 : StandardCharsets.ISO_8859_1);
    }

    /** The lines of a JSONL file that hold anything. */
    static long countNonBlankLines(Path path) throws IOException {
        long lines = 0;
        boolean blank = true;
        try (Reader reader = forCounting(path)) {
            char[] buffer = new char[1 << 16];
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines += blank ? 0 : 1;
                        blank = true;
                    } else if (!Character.isWhitespace(buffer[i])) {
                        blank = false;
                    }
                }
            }
        }
        return lines + (blank ? 0 : 1);
    }

    /** The records of a CSV file after its header row: line breaks outside quoted cells, without holding a cell. */
    static long countCsvRecords(Path path) throws IOException {
        long breaks = 0;
        boolean quoted = false;
        boolean lineOpen = false;
        try (Reader reader = forCounting(path)) {
            char[] buffer = new char[1 << 16];
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    char c = buffer[i];
                    if (c == '"') {
                        quoted = !quoted;
                    } else if (c == '\n' && !quoted) {
                        breaks++;
                        lineOpen = false;
                        continue;
                    }
                    lineOpen |= c != '\r';
                }
            }
        }
        return Math.max(0, breaks + (lineOpen ? 1 : 0) - 1);
    }

    private static byte[] head(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(3);
        }
    }

    /** One pass over the file with a strict decoder; memory stays at the buffer's size. */
    private static boolean isUtf8(Path path) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(Files.newInputStream(path), decoder)) {
            char[] buffer = new char[1 << 16];
            while (reader.read(buffer) >= 0) {
                continue;
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Valid UTF-8 sequences as UTF-8, every other byte as Windows-1252, as {@link TextDecoder} does. */
    private static final class MixedReader extends Reader {

        private final InputStream in;
        private final byte[] sequence = new byte[4];
        private char pendingLowSurrogate;

        MixedReader(InputStream in) {
            this.in = in;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = 0;
            while (n < length) {
                if (pendingLowSurrogate != 0) {
                    buffer[offset + n++] = pendingLowSurrogate;
                    pendingLowSurrogate = 0;
                    continue;
                }
                in.mark(sequence.length);
                int read = in.readNBytes(sequence, 0, sequence.length);
                if (read == 0) {
                    break;
                }
                byte[] available = Arrays.copyOf(sequence, read);
                int sequenceLength = TextDecoder.utf8SequenceLength(available, 0);
                in.reset();
                in.skipNBytes(Math.max(sequenceLength, 1));
                String decoded = sequenceLength > 0 ? new String(available, 0, sequenceLength, StandardCharsets.UTF_8)
                    : new String(available, 0, 1, TextDecoder.WINDOWS_1252);
                buffer[offset + n++] = decoded.charAt(0);
                if (decoded.length() > 1) {
                    pendingLowSurrogate = decoded.charAt(1);
                }
            }
            return n == 0 && length > 0 ? -1 : n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
