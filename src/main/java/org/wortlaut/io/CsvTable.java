package org.wortlaut.io;

import java.util.List;
import java.util.function.Function;
import org.wortlaut.model.Document;

/**
 * One tidy table of the CSV output: its file name, its header and how a document becomes rows
 * (one per annotation, each starting with the document id).
 */
public record CsvTable(String fileName, List<String> header, Function<Document, List<List<Object>>> rows) {

    /** The table's name: its file name without ".csv". */
    public String name() {
        return fileName.substring(0, fileName.length() - ".csv".length());
    }

    /** A document's rows as the CSV file shows them: each value as its text, null for an empty cell. */
    public List<List<String>> cells(Document document) {
        return rows.apply(document).stream()
            .map(row -> row.stream().map(value -> value == null ? null : value.toString()).toList())
            .toList();
    }
}
