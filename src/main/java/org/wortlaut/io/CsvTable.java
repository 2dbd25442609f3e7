package org.wortlaut.io;

import java.util.List;
import java.util.function.Function;
import org.wortlaut.model.Document;

/**
 * One tidy table of the CSV output: its file name, its header and how a document becomes rows
 * (one per annotation, each starting with the document id).
 */
record CsvTable(String fileName, List<String> header, Function<Document, List<List<Object>>> rows) {
}
