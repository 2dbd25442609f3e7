package org.wortlaut.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.wortlaut.WortlautConfig;
import org.wortlaut.cli.Main;
import org.wortlaut.io.CsvTables;
import org.wortlaut.io.Json;

/** The job in local mode on two cores: the same rows as the CLI's CSV tables, and no record lost. */
class WortlautJobTest {

    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("wortlaut-test")
            .config("spark.ui.enabled", false).getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    private WortlautJob.Summary job(OutputTables.Format format, Path out, String... inputs) throws IOException {
        return WortlautJob.run(spark, new WortlautJob.Settings(List.of(inputs), out.toString(), format, 0,
            new WortlautConfig(false, 200), 1_000_000));
    }

    private static List<List<String>> csvRows(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
        }
        return sorted(rows);
    }

    /** Rows of a written table, with empty strings for nulls as a CSV file shows them. */
    private static List<List<String>> tableRows(Path table, OutputTables.Format format) {
        List<Row> rows;
        if (format == OutputTables.Format.parquet) {
            rows = spark.read().parquet(table.toString()).collectAsList();
        } else {
            List<String> columns = OutputTables.columns(OutputTables.names().indexOf(table.getFileName().toString()));
            rows = spark.read().schema(String.join(" STRING, ", columns) + " STRING").json(table.toString())
                .collectAsList();
        }
        List<List<String>> cells = new ArrayList<>();
        for (Row row : rows) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < row.length(); i++) {
                values.add(row.isNullAt(i) ? "" : row.getString(i));
            }
            cells.add(values);
        }
        return sorted(cells);
    }

    private static List<List<String>> sorted(List<List<String>> rows) {
        rows.sort(Comparator.comparing(Object::toString));
        return rows;
    }

    private static void assertSameTables(Path csv, Path job) throws IOException {
        for (var table : CsvTables.ALL) {
            List<List<String>> expected = csvRows(csv.resolve(table.fileName()));
            assertEquals(expected, tableRows(job.resolve(table.name()), OutputTables.Format.parquet), table.name());
        }
    }

    @Test
    void corpusGivesTheRowsOfTheCommandLinesCsvTables() throws IOException {
        Path csv = dir.resolve("csv");
        assertEquals(0, Main.run("annotate", "../corpus", "--format", "csv", "--threads", "2", "--out", csv.toString()));
        Path out = dir.resolve("job");
        WortlautJob.Summary summary = job(OutputTables.Format.parquet, out, "../corpus");
        assertEquals(csvRows(csv.resolve("documents.csv")).size(), summary.articles());
        assertEquals(0, summary.failures());
        assertSameTables(csv, out);
        assertEquals(List.of(), tableRows(out.resolve(OutputTables.ERRORS), OutputTables.Format.parquet));
    }

    private static final String GERMAN_PAGE = "<html><body><article><h1>Bahn sperrt Strecke nach Neustrelitz</h1>"
        + "<p>Die Deutsche Bahn sperrt die Strecke zwischen Berlin und Neustrelitz vom 4. bis zum 18. März. Wie ein "
        + "Sprecher des Unternehmens am Dienstag mitteilte, fahren in dieser Zeit Busse. Die Arbeiten kosten nach "
        + "Angaben der Bahn rund zwölf Millionen Euro und sollen die Fahrzeit um zehn Minuten verkürzen.</p>"
        + "</article></body></html>";

    private static final String ENGLISH_PAGE = "<html><body><p>The railway will close the line between Berlin and "
        + "Neustrelitz from 4 to 18 March. As a spokesman for the company said on Tuesday, buses will run during "
        + "this time. The work will cost around twelve million euros, and it is meant to cut the journey by ten "
        + "minutes.</p></body></html>";

    private static void capture(WarcWriter warc, int number, String url, String type, String body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK")
            .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8)).build();
        warc.write(new WarcResponse.Builder(URI.create(url)).recordId(new java.util.UUID(15, number))
            .date(java.time.Instant.parse("2024-03-05T10:00:00Z")).body(http).build());
    }

    @Test
    void aWebArchiveAndABrokenRecordEndUpInDocumentsAndErrorsAndNothingIsLost() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        try (WarcWriter warc = new WarcWriter(FileChannel.open(in.resolve("crawl.warc.gz"), StandardOpenOption.CREATE,
            StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            capture(warc, 1, "https://www.example.de/bahn", "text/html; charset=utf-8", GERMAN_PAGE);
            capture(warc, 2, "https://www.example.com/rail", "text/html", ENGLISH_PAGE);
            capture(warc, 3, "https://www.example.de/logo.png", "image/png", "PNG");
        }
        Files.writeString(in.resolve("export.jsonl"), String.join("\n",
            "{\"id\": \"a1\", \"text\": \"Die Inflation stieg auf 3,2 Prozent, sagte Müller.\"}",
            "{\"id\": \"a2\", \"text\": ",
            "{\"id\": \"a3\", \"title\": \"ohne Text\"}"));
        Path csv = dir.resolve("csv");
        assertEquals(1, Main.run("annotate", in.toString(), "--format", "csv", "--out", csv.toString()));
        Path out = dir.resolve("job");
        WortlautJob.Summary summary = job(OutputTables.Format.parquet, out, in.toString());
        assertEquals(2, summary.articles());
        assertEquals(2, summary.failures());
        assertEquals(Map.of("not German", 1L, "not HTML", 1L), summary.skipped());
        assertSameTables(csv, out);
        List<List<String>> documents = tableRows(out.resolve("documents"), OutputTables.Format.parquet);
        assertEquals(List.of(new java.util.UUID(15, 1).toString(), "a1"), documents.stream().map(r -> r.get(0)).sorted().toList());
        assertTrue(documents.stream().anyMatch(r -> r.get(3).equals("https://www.example.de/bahn")
            && r.get(4).equals("2024-03-05T10:00:00Z")), documents.toString());
        List<List<String>> errors = new ArrayList<>();
        for (String line : Files.readAllLines(csv.resolve("errors.jsonl"))) {
            JsonNode error = Json.MAPPER.readTree(line);
            errors.add(Stream.of("id", "source", "line", "message").map(f -> error.get(f).isNull() ? "" : error.get(f).asText()).toList());
        }
        assertEquals(2, errors.size());
        assertEquals(sorted(errors), tableRows(out.resolve(OutputTables.ERRORS), OutputTables.Format.parquet));

        Path jsonl = dir.resolve("jsonl");
        job(OutputTables.Format.jsonl, jsonl, in.toString());
        for (String table : OutputTables.names()) {
            assertEquals(tableRows(out.resolve(table), OutputTables.Format.parquet),
                tableRows(jsonl.resolve(table), OutputTables.Format.jsonl), table);
        }
    }

    @Test
    void parquetRecordsAreReadByColumnNameInAnyCase() throws IOException {
        Path records = dir.resolve("records");
        spark.createDataFrame(List.of(
                org.apache.spark.sql.RowFactory.create("p1", "Der Bundestag tagt am Freitag in Berlin.", "https://x.de/1"),
                org.apache.spark.sql.RowFactory.create("p2", null, "https://x.de/2")),
            new org.apache.spark.sql.types.StructType().add("ID", "string").add("Text", "string").add("url", "string"))
            .coalesce(1).write().parquet(records.toString());
        WortlautJob.Summary summary = job(OutputTables.Format.parquet, dir.resolve("job"), records.toString());
        assertEquals(1, summary.articles());
        List<List<String>> documents = tableRows(dir.resolve("job/documents"), OutputTables.Format.parquet);
        assertEquals(List.of("p1", "https://x.de/1"), List.of(documents.get(0).get(0), documents.get(0).get(3)));
        List<List<String>> errors = tableRows(dir.resolve("job/errors"), OutputTables.Format.parquet);
        assertEquals(List.of("p2", "2", "record has no \"text\" or \"html\""),
            List.of(errors.get(0).get(0), errors.get(0).get(2), errors.get(0).get(3)));
    }

    @Test
    void aSecondRunIntoTheSameFolderIsRefusedAndTheTablesStay() throws IOException {
        Path in = Files.writeString(dir.resolve("article.txt"), "Der Bundestag tagt am Freitag in Berlin.");
        Path out = dir.resolve("job");
        job(OutputTables.Format.jsonl, out, in.toString());
        List<List<String>> documents = tableRows(out.resolve("documents"), OutputTables.Format.jsonl);
        assertEquals(1, documents.size());
        IOException refused = assertThrows(IOException.class, () -> job(OutputTables.Format.jsonl, out, in.toString()));
        assertEquals("table " + out.resolve("documents") + " already exists", refused.getMessage());
        assertEquals(documents, tableRows(out.resolve("documents"), OutputTables.Format.jsonl));
        List<String> files = visibleFiles(out.resolve("documents"));
        assertEquals("_SUCCESS", files.get(0));
        assertTrue(files.size() > 1 && files.stream().skip(1).allMatch(name -> name.matches("part-\\d{5}\\.jsonl")),
            files.toString());
    }

    private static List<String> visibleFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> !name.startsWith(".")).sorted().toList();
        }
    }
}
