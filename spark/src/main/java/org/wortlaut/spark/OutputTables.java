package org.wortlaut.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Types;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.wortlaut.io.CsvTable;
import org.wortlaut.io.CsvTables;
import org.wortlaut.io.InputItem;
import org.wortlaut.model.Document;

/**
 * The job's tables: the CLI's CSV tables, built by the same code ({@link CsvTables}), so their
 * rows are the CLI's by construction, and {@code errors} (id, source, line, message) as in the
 * CLI's errors file. Every column is a string holding the CSV cell; a cast in the query reads
 * numbers.
 *
 * <p>Each task writes its rows of every table itself, one file per table
 * ({@code out/NAME/part-NNNNN.parquet} or {@code .jsonl}), so the articles are annotated once, in
 * one Spark job, with no cached rows and none of Spark SQL's planning and code generation: these
 * cost a run more CPU than annotating a few hundred articles.
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

    /**
     * Writes every table into {@code out/NAME}, refusing to write over a table that is there: the
     * rows of each partition go to one file per table, and a {@code _SUCCESS} file marks each
     * table complete.
     */
    static void write(JavaRDD<TableRow> rows, String out, Format format, Configuration hadoop) throws IOException {
        List<String> names = names();
        Path root = new Path(out);
        FileSystem fs = root.getFileSystem(hadoop);
        for (String name : names) {
            if (fs.exists(new Path(root, name))) {
                throw new IOException("table " + new Path(root, name) + " already exists");
            }
        }
        String qualified = fs.makeQualified(root).toString();
        rows.foreachPartition(partition -> writePartition(partition, new Path(qualified), format));
        for (String name : names) {
            fs.create(new Path(new Path(root, name), "_SUCCESS"), false).close();
        }
    }

    /**
     * Writes one partition's rows into a file per table. A file is written under a hidden name and
     * renamed when complete, so a failed task leaves nothing a reader sees, and its retry writes
     * the same file again. The first partition writes every table, empty or not, so that each
     * table has a file with its columns.
     */
    private static void writePartition(Iterator<TableRow> rows, Path root, Format format) throws IOException {
        TaskContext task = TaskContext.get();
        String file = String.format(Locale.ROOT, "part-%05d.%s", task.partitionId(), format);
        String hidden = "." + file + "." + task.attemptNumber();
        Configuration hadoop = new Configuration();
        FileSystem fs = root.getFileSystem(hadoop);
        List<String> names = names();
        TableFile[] files = new TableFile[names.size()];
        try {
            while (rows.hasNext()) {
                TableRow row = rows.next();
                if (files[row.table()] == null) {
                    files[row.table()] = TableFile.open(new Path(new Path(root, names.get(row.table())), hidden),
                        columns(row.table()), format, hadoop);
                }
                files[row.table()].write(row.cells());
            }
            for (int table = 0; table < files.length && task.partitionId() == 0; table++) {
                if (files[table] == null) {
                    files[table] = TableFile.open(new Path(new Path(root, names.get(table)), hidden), columns(table),
                        format, hadoop);
                }
            }
        } finally {
            for (TableFile written : files) {
                if (written != null) {
                    written.close();
                }
            }
        }
        for (int table = 0; table < files.length; table++) {
            if (files[table] != null) {
                Path folder = new Path(root, names.get(table));
                Path done = new Path(folder, file);
                fs.delete(done, false);
                if (!fs.rename(new Path(folder, hidden), done)) {
                    throw new IOException("could not rename " + new Path(folder, hidden) + " to " + done);
                }
            }
        }
    }

    /** One partition's file of one table. */
    private interface TableFile extends AutoCloseable {

        /** Writes a row; a null cell is an empty one. */
        void write(String[] cells) throws IOException;

        @Override
        void close() throws IOException;

        static TableFile open(Path path, List<String> columns, Format format, Configuration hadoop) throws IOException {
            return format == Format.parquet ? new ParquetFile(path, columns, hadoop)
                : new JsonlFile(path.getFileSystem(hadoop).create(path, true), columns);
        }
    }

    /** Parquet as Spark writes it: optional string columns, Snappy-compressed. */
    private static final class ParquetFile implements TableFile {

        private final SimpleGroupFactory groups;
        private final ParquetWriter<Group> writer;

        ParquetFile(Path path, List<String> columns, Configuration hadoop) throws IOException {
            Types.MessageTypeBuilder schema = Types.buildMessage();
            for (String column : columns) {
                schema.optional(PrimitiveType.PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(column);
            }
            MessageType type = schema.named("spark_schema");
            groups = new SimpleGroupFactory(type);
            writer = ExampleParquetWriter.builder(path).withConf(hadoop).withType(type)
                .withCompressionCodec(CompressionCodecName.SNAPPY).withWriteMode(ParquetFileWriter.Mode.OVERWRITE).build();
        }

        @Override
        public void write(String[] cells) throws IOException {
            Group group = groups.newGroup();
            for (int i = 0; i < cells.length; i++) {
                if (cells[i] != null) {
                    group.add(i, cells[i]);
                }
            }
            writer.write(group);
        }

        @Override
        public void close() throws IOException {
            writer.close();
        }
    }

    /** JSON Lines: one object a row, every column in it, null for an empty cell. */
    private static final class JsonlFile implements TableFile {

        private static final JsonFactory JSON = new JsonFactory();

        private final JsonGenerator json;
        private final List<String> columns;

        JsonlFile(OutputStream out, List<String> columns) throws IOException {
            this.json = JSON.createGenerator(out);
            this.columns = columns;
        }

        @Override
        public void write(String[] cells) throws IOException {
            json.writeStartObject();
            for (int i = 0; i < cells.length; i++) {
                json.writeStringField(columns.get(i), cells[i]);
            }
            json.writeEndObject();
            json.writeRaw('\n');
        }

        @Override
        public void close() throws IOException {
            json.close();
        }
    }
}
