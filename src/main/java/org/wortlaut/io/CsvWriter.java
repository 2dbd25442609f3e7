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
    private final boolean escapeFormulas;

    /** Whether {@code directory} holds the tables of a finished run, which {@code --resume} leaves as they are. */
    public static boolean holdsFinishedRun(Path directory) {
        return OutputFiles.isFinished(DocumentWriter.progressLog(directory, true), tableFiles(directory));
    }

    private static List<Path> tableFiles(Path directory) {
        return CsvTables.ALL.stream().map(t -> directory.resolve(t.fileName())).toList();
    }

    /** @param resume continue the tables of a killed run */
    public CsvWriter(Path directory, boolean resume) throws IOException {
        this(directory, resume, true, false);
    }

    /**
     * @param resume         continue the tables of a killed run
     * @param escapeFormulas give text cells that a spreadsheet would run as a formula a leading {@code '}
     * @param byteOrderMark  start each table with a UTF-8 byte order mark, which Excel needs to read UTF-8
     */
    public CsvWriter(Path directory, boolean resume, boolean escapeFormulas, boolean byteOrderMark) throws IOException {
        this.escapeFormulas = escapeFormulas;
        files = new OutputFiles(DocumentWriter.progressLog(directory, true), tableFiles(directory), resume);
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

    /** One document's {@code claims.csv}, header included, as the batch run writes it by default. */
    public static void writeClaims(Document document, Appendable out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        printer.printRecord(CsvTables.CLAIMS.header());
        for (List<Object> row : CsvTables.CLAIMS.rows().apply(document)) {
            printer.printRecord(row.stream().map(CsvWriter::withoutFormula).toList());
        }
        printer.flush();
    }

    @Override
    public void write(Document document) throws IOException {
        for (int i = 0; i < tables.size(); i++) {
            for (List<Object> row : tables.get(i).rows().apply(document)) {
                printers.get(i).printRecord(escapeFormulas ? row.stream().map(CsvWriter::withoutFormula).toList() : row);
            }
        }
        files.written(document.source());
    }

    /**
     * A text cell that starts with {@code = + - @}, a tab or a carriage return gets a leading
     * {@code '}, as OWASP recommends against CSV injection: a spreadsheet then shows it as text
     * instead of running it. Numbers stay numbers.
     */
    static Object withoutFormula(Object cell) {
        if (cell instanceof CharSequence text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return cell;
    }

    @Override
    public boolean isWritten(Document input) {
        return files.isDone(input.source());
    }

    @Override
    public void abandon() {
        files.abandon();
    }

    @Override
    public void close() throws IOException {
        files.commit();
    }
}
