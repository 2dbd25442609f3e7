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
    private final OutputFiles files;
    private final List<CSVPrinter> printers = new ArrayList<>();

    /** Whether {@code directory} holds the tables of a finished run, which {@code --resume} leaves as they are. */
    public static boolean holdsFinishedRun(Path directory) {
        return OutputFiles.isFinished(directory.resolve(OutputFiles.PROGRESS_LOG), tableFiles(directory));
    }

    private static List<Path> tableFiles(Path directory) {
        return CsvTables.ALL.stream().map(t -> directory.resolve(t.fileName())).toList();
    }

    /**
     * @param resume        continue the tables of a killed run
     * @param byteOrderMark start each table with a UTF-8 byte order mark, which Excel needs to read UTF-8
     */
    public CsvWriter(Path directory, boolean resume, boolean byteOrderMark) throws IOException {
        files = new OutputFiles(directory.resolve(OutputFiles.PROGRESS_LOG), tableFiles(directory), resume);
        for (int i = 0; i < tables.size(); i++) {
            printers.add(new CSVPrinter(files.writer(i), FORMAT));
        }
        if (!files.isResumed()) {
            for (int i = 0; i < tables.size(); i++) {
                if (byteOrderMark) {
                    files.writer(i).write('\uFEFF');
                }
                printers.get(i).printRecord(tables.get(i).header());
            }
            files.written("");
        }
    }

    @Override
    public void write(Document document) throws IOException {
        for (int i = 0; i < tables.size(); i++) {
            for (List<Object> row : tables.get(i).rows().apply(document)) {
                printers.get(i).printRecord(row);
            }
        }
        files.written(document.source());
    }

    @Override
    public boolean isWritten(Document input) {
        return files.isDone(input.source());
    }

    @Override
    public void close() throws IOException {
        files.commit();
    }
}
