package org.wortlaut.spark;

import static org.apache.spark.sql.functions.col;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.wortlaut.io.InputLimits;
import org.wortlaut.io.RecordFields;

/**
 * Parquet files of records, read by Spark: columns {@code id}, {@code text} or {@code html}, and
 * {@code title}, {@code url}, {@code published}, {@code source} when present, found in any case,
 * as in a CSV export. A record's line is its 1-based row number in its file.
 */
final class ParquetInput {

    private ParquetInput() {
    }

    static JavaRDD<SparkInput> read(SparkSession spark, List<String> files, int maxChars) {
        Dataset<Row> records = spark.read().parquet(files.toArray(String[]::new));
        String[] names = records.columns();
        HashMap<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            columns.putIfAbsent(names[i].strip().toLowerCase(Locale.ROOT), i);
        }
        int place = names.length;
        return records.select(col("*"), col("_metadata.file_path"), col("_metadata.row_index")).toJavaRDD()
            .map(row -> {
                String file = localName(row.getString(place));
                int line = (int) row.getLong(place + 1) + 1;
                return SparkInput.of(RecordFields.toItem(name -> {
                    Integer index = columns.get(name);
                    return index == null || row.isNullAt(index) ? null : row.get(index).toString();
                }, file, stem(file), line, new InputLimits(maxChars, InputLimits.DEFAULT_MAX_BYTES), List.of()));
            });
    }

    /** A local file by its path, as the CLI names files; any other by its URI. */
    private static String localName(String file) {
        return file.startsWith("file:") ? URI.create(file).getPath() : file;
    }

    private static String stem(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
