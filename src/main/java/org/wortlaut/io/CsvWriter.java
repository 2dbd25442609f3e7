package org.wortlaut.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.wortlaut.model.Document;

/**
 * Tidy tables, one row per annotation: {@code documents.csv}, {@code sentences.csv},
 * {@code entities.csv}, {@code figures.csv}, {@code quotes.csv} in one directory. RFC 4180,
 * UTF-8, a header row; empty cells for absent values. The tables appear under their names only
 * when the run is complete.
 */
public final class CsvWriter implements DocumentWriter {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setNullString("").get();

    private final List<CsvTable> tables = CsvTables.ALL;
    private final List<AtomicFile> files = new ArrayList<>();
    private final List<CSVPrinter> printers = new ArrayList<>();

    public CsvWriter(Path directory) throws IOException {
        for (CsvTable table : tables) {
            AtomicFile file = new AtomicFile(directory.resolve(table.fileName()));
            CSVPrinter printer = new CSVPrinter(file.writer(), FORMAT);
            printer.printRecord(table.header());
            files.add(file);
            printers.add(printer);
        }
    }

    @Override
    public void write(Document document) throws IOException {
        for (int i = 0; i < tables.size(); i++) {
            for (List<Object> row : tables.get(i).rows().apply(document)) {
                printers.get(i).printRecord(row);
            }
        }
    }

    @Override
    public void close() throws IOException {
        for (int i = 0; i < files.size(); i++) {
            printers.get(i).flush();
            files.get(i).commit();
        }
    }
}
