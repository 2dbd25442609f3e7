package org.wortlaut.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV export with a header row; columns are found by name in any case ({@code id},
 * {@code text} or {@code html}, {@code title}, {@code url}, {@code published}, {@code source}).
 * Rows are read one at a time. A row's line is its record number counting the header as line 1.
 */
final class CsvRecords implements RecordFile {

    /** Characters the parser may hold ahead of the record it returns. */
    private static final int BUFFERED_AHEAD = 1 << 16;

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .setIgnoreSurroundingSpaces(false).get();

    private final Path path;
    private final String stem;
    private final InputLimits limits;
    private final RecordLimit limit;
    private final List<String> warnings;
    private final CSVParser parser;
    private final Iterator<CSVRecord> rows;
    private final Map<String, Integer> columns = new HashMap<>();
    private boolean broken;

    CsvRecords(Path path, String stem, InputLimits limits) throws IOException {
        this.path = path;
        this.stem = stem;
        this.limits = limits;
        RecordText.Opened opened = RecordText.open(path);
        this.warnings = opened.warning() == null ? List.of() : List.of(opened.warning());
        this.limit = new RecordLimit(opened.reader(), limits.maxBytes());
        this.parser = CSVParser.parse(limit, FORMAT);
        parser.getHeaderMap().forEach((name, index) -> columns.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), index));
        this.rows = parser.iterator();
    }

    @Override
    public InputItem next() {
        if (broken) {
            return null;
        }
        if (!columns.containsKey("text") && !columns.containsKey("html")) {
            broken = true;
            return new InputItem.Failure(null, path.toString(), 1, "no \"text\" or \"html\" column in the header");
        }
        try {
            if (!rows.hasNext()) {
                return null;
            }
            CSVRecord row = rows.next();
            limit.nextRecord();
            int line = (int) row.getRecordNumber() + 1;
            return RecordFields.toItem(name -> cell(row, name), path.toString(), stem, line, limits, warnings);
        } catch (UncheckedIOException | IllegalStateException e) {
            broken = true;
            if (limit.exceeded()) {
                return new InputItem.Failure(null, path.toString(), (int) parser.getCurrentLineNumber(),
                    limits.tooManyBytes("record", -1) + "; the rest of the file is skipped");
            }
            return new InputItem.Failure(null, path.toString(), (int) parser.getCurrentLineNumber(),
                "malformed CSV, the rest of the file is skipped: " + e.getMessage());
        }
    }

    /**
     * Counts the characters read since the last complete record and fails the read beyond the
     * limit, so that one endless cell cannot fill the memory. The parser reads ahead a buffer's
     * worth, a few kilobytes beside a limit of megabytes. It counts characters against the byte
     * limit: a character is at least one byte, so no record within the limit is refused.
     */
    private static final class RecordLimit extends FilterReader {

        private final long maxChars;
        private long sinceRecord;
        private boolean exceeded;

        RecordLimit(Reader in, long maxChars) {
            super(in);
            this.maxChars = maxChars;
        }

        void nextRecord() {
            sinceRecord = 0;
        }

        boolean exceeded() {
            return exceeded;
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            sinceRecord += Math.max(n, 0);
            if (sinceRecord > maxChars + BUFFERED_AHEAD) {
                exceeded = true;
                throw new IOException("record too long");
            }
            return n;
        }
    }

    private String cell(CSVRecord row, String name) {
        Integer index = columns.get(name);
        return index == null || index >= row.size() ? null : row.get(index);
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
