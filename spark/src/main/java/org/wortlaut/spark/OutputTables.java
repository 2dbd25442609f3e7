package org.wortlaut.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.wortlaut.io.CsvTable;
import org.wortlaut.io.CsvTables;
import org.wortlaut.io.InputItem;
import org.wortlaut.model.Document;

/**
 * The job's tables: the CLI's CSV tables, built by the same code ({@link CsvTables}), so their
 * rows are the CLI's by construction, and {@code errors} (id, source, line, message) as in the
 * CLI's errors file. Every column is a string holding the CSV cell; a cast in the query reads
 * numbers.
 */
final class OutputTables {

    static final String ERRORS = "errors";
    static final List<String> ERROR_COLUMNS = List.of("id", "source", "line", "message");
    /** Index of the errors table in {@link TableRow#table()}. */
    static final int ERRORS_INDEX = CsvTables.ALL.size();

    enum Format { parquet, jsonl }

    private OutputTables() {
    }

    static List<String> names() {
        List<String> names = new ArrayList<>(CsvTables.ALL.stream().map(CsvTable::name).toList());
        names.add(ERRORS);
        return names;
    }

    static List<String> columns(int table) {
        return table == ERRORS_INDEX ? ERROR_COLUMNS : CsvTables.ALL.get(table).header();
    }

    /** A document's rows in every table. */
    static List<TableRow> rows(Document document) {
        List<TableRow> rows = new ArrayList<>();
        for (int table = 0; table < CsvTables.ALL.size(); table++) {
            for (List<String> cells : CsvTables.ALL.get(table).cells(document)) {
                rows.add(new TableRow(table, cells.toArray(String[]::new)));
            }
        }
        return rows;
    }

    static TableRow errorRow(InputItem.Failure failure) {
        return new TableRow(ERRORS_INDEX,
            new String[] {failure.id(), failure.source(), Integer.toString(failure.line()), failure.message()});
    }

    /** Writes every table into {@code out/NAME}. */
    static void write(SparkSession spark, JavaRDD<TableRow> rows, String out, Format format) {
        List<String> names = names();
        for (int i = 0; i < names.size(); i++) {
            int table = i;
            StructType schema = new StructType(columns(table).stream()
                .map(column -> DataTypes.createStructField(column, DataTypes.StringType, true))
                .toArray(StructField[]::new));
            JavaRDD<Row> tableRows = rows.filter(row -> row.table() == table).map(row -> RowFactory.create((Object[]) row.cells()));
            DataFrameWriter<Row> writer = spark.createDataFrame(tableRows, schema).write();
            String path = out + "/" + names.get(table);
            if (format == Format.jsonl) {
                writer.option("ignoreNullFields", false).json(path);
            } else {
                writer.parquet(path);
            }
        }
    }
}
