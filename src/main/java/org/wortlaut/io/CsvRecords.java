package org.wortlaut.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
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

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .setIgnoreSurroundingSpaces(false).get();

    private final Path path;
    private final String stem;
    private final int maxChars;
    private final CSVParser parser;
    private final Iterator<CSVRecord> rows;
    private final Map<String, Integer> columns = new HashMap<>();
    private boolean broken;

    CsvRecords(Path path, String stem, int maxChars) throws IOException {
        this.path = path;
        this.stem = stem;
        this.maxChars = maxChars;
        this.parser = CSVParser.parse(path, StandardCharsets.UTF_8, FORMAT);
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
            int line = (int) row.getRecordNumber() + 1;
            return RecordFields.toItem(name -> cell(row, name), path.toString(), stem, line, maxChars);
        } catch (UncheckedIOException | IllegalStateException e) {
            broken = true;
            return new InputItem.Failure(null, path.toString(), (int) parser.getCurrentLineNumber(),
                "malformed CSV, the rest of the file is skipped: " + e.getMessage());
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
