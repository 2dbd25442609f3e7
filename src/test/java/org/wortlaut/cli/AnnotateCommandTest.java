package org.wortlaut.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wortlaut.io.Json;

class AnnotateCommandTest {

    private static final String ARTICLE = "Politik\n\nKiew fordert Hilfe\n\nVon Anna Schmidt\n04.11.2023 18:33\n\n"
        + "„Wir brauchen mehr Unterstützung“, sagte Präsident Wolodymyr Selenskyj am Montag in Kiew. "
        + "Die Nato berät am 7. Juli in Brüssel.\n";

    @TempDir
    Path dir;

    private Path inputs() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a-kiew.txt"), ARTICLE);
        Files.writeString(in.resolve("b-leer.txt"), "");
        Files.write(in.resolve("c-binaer.txt"), new byte[] {0, 1, 2, 3, 0});
        Files.writeString(in.resolve("d-records.jsonl"),
            "{\"id\": \"r1\", \"text\": \"Berlin meldet 3,2 Prozent Inflation.\"}\n{\"id\": \"r2\", \"text\": \n");
        return in;
    }

    private static void assertNoStackTrace(CommandLineRun run) {
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void brokenInputsAreReportedByFileAndLineAndTheRestIsWritten() throws IOException {
        Path out = dir.resolve("out.jsonl");
        CommandLineRun run = CommandLineRun.of("annotate", inputs().toString(), "--out", out.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("b-leer.txt: empty: no text to annotate"), run.err());
        assertTrue(run.err().contains("c-binaer.txt: binary file"), run.err());
        assertTrue(run.err().contains("d-records.jsonl:2: malformed JSON"), run.err());
        assertTrue(run.err().contains("2 articles written, 3 failed"), run.err());
        assertNoStackTrace(run);
        List<String> lines = Files.readAllLines(out);
        assertEquals(List.of("a-kiew", "r1"), lines.stream().map(AnnotateCommandTest::id).toList());
        assertFalse(Files.exists(dir.resolve("out.jsonl.part")));
    }

    @Test
    void bomStartsEveryCsvTableWithAByteOrderMarkAndTheClaimsStandAlone() throws IOException {
        Path in = dir.resolve("kiew.txt");
        Files.writeString(in, ARTICLE);
        Path out = dir.resolve("excel");
        CommandLineRun run = CommandLineRun.of("annotate", in.toString(), "--format", "csv", "--out", out.toString(), "--bom");
        assertEquals(0, run.exitCode(), run.err());
        byte[] claims = Files.readAllBytes(out.resolve("claims.csv"));
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 'd'),
            List.of(claims[0], claims[1], claims[2], claims[3]));
        String table = Files.readString(out.resolve("claims.csv")).substring(1);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
            .parse(new java.io.StringReader(table)).getRecords();
        CSVRecord nato = rows.stream().filter(r -> r.get("figure").equals("7. Juli")).findFirst().orElseThrow();
        assertEquals("Die Nato berät am 7. Juli in Brüssel.", nato.get("sentence_text"));
        assertEquals("ARTICLE", nato.get("claim_type"));
        assertEquals("", nato.get("source_link"));
    }

    @Test
    void csvTablesParseBackWithOneRowPerAnnotation() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("kiew.txt"), ARTICLE);
        Path out = dir.resolve("csv");
        CommandLineRun run = CommandLineRun.of("annotate", in.toString(), "--format", "csv", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("claims.csv", "documents.csv", "entities.csv", "entity_groups.csv", "figures.csv",
                "quotes.csv", "sentences.csv", "zones.csv"),
                files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        List<CSVRecord> documents = records(out.resolve("documents.csv"));
        assertEquals(1, documents.size());
        assertEquals("kiew", documents.get(0).get("doc_id"));
        List<CSVRecord> sentences = records(out.resolve("sentences.csv"));
        assertEquals(documents.get(0).get("sentences"), String.valueOf(sentences.size()));
        assertEquals("Kiew fordert Hilfe", sentences.get(1).get("text"));
        List<CSVRecord> entities = records(out.resolve("entities.csv"));
        assertEquals(documents.get(0).get("entities"), String.valueOf(entities.size()));
        for (CSVRecord entity : entities) {
            int start = Integer.parseInt(entity.get("start"));
            int end = Integer.parseInt(entity.get("end"));
            assertEquals(ARTICLE.substring(start, end), entity.get("text"));
        }
    }

    @Test
    void singleJsonGoesToStandardOutputAndSeveralNeedADirectory() throws IOException {
        Path file = Files.writeString(dir.resolve("kiew.txt"), ARTICLE);
        CommandLineRun single = CommandLineRun.of("annotate", file.toString(), "--format", "json");
        assertEquals(0, single.exitCode(), single.err());
        assertEquals("kiew", Json.MAPPER.readTree(single.out()).get("id").asText());

        CommandLineRun several = CommandLineRun.of("annotate", dir.toString(), "--format", "json");
        assertEquals(2, several.exitCode());
        assertTrue(several.err().contains("--format json with several articles needs --out DIRECTORY"), several.err());
        assertNoStackTrace(several);
    }

    @Test
    void jsonDirectoryHoldsOneFilePerArticle() throws IOException {
        Path out = dir.resolve("json");
        CommandLineRun run = CommandLineRun.of("annotate", inputs().toString(), "--format", "json", "--out", out.toString());
        assertEquals(1, run.exitCode());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("a-kiew.json", "errors.jsonl", "r1.json"),
                files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        List<JsonNode> errors = Files.readAllLines(out.resolve("errors.jsonl")).stream()
            .map(AnnotateCommandTest::json).toList();
        assertEquals(List.of("b-leer", "c-binaer", "null"), errors.stream().map(e -> e.get("id").asText()).toList());
        assertEquals(2, errors.get(2).get("line").asInt());
        assertEquals(dir.resolve("in/d-records.jsonl").toString(), errors.get(2).get("source").asText());
        assertTrue(errors.get(2).get("message").asText().startsWith("malformed JSON"));
    }

    @Test
    void runOnSentenceOfOneHundredThousandCharactersIsAnnotatedWithAWarning() throws IOException {
        Path file = Files.writeString(dir.resolve("endlos.txt"), "und dann ".repeat(11_200));
        CommandLineRun run = CommandLineRun.of("annotate", file.toString(), "--plain");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("endlos.txt: 34 run-on stretches without sentence punctuation"), run.err());
        JsonNode document = Json.MAPPER.readTree(run.out());
        assertTrue(document.get("sentences").size() >= 34);
    }

    @Test
    void fiveMegabyteArticleIsRejectedWithItsSizeAndTheOthersAreWritten() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a-riesig.txt"), "Ein Satz. ".repeat(500_000));
        Files.writeString(in.resolve("b-kiew.txt"), ARTICLE);
        CommandLineRun run = CommandLineRun.of("annotate", in.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("a-riesig.txt: article too long: 5,000,000 characters"), run.err());
        assertEquals("b-kiew", id(run.out().strip()));
    }

    @Test
    void htmlPagesAndCsvExportsAreRead() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("seite.html"), "<html><head><meta charset=\"utf-8\"><title>Kiew | Zeitung</title>"
            + "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"Kiew fordert Hilfe\", "
            + "\"datePublished\": \"2023-11-04T18:33:00+01:00\", \"author\": {\"name\": \"Anna Schmidt\"}}</script></head>"
            + "<body><nav><a href=\"/\">Startseite</a> <a href=\"/politik\">Politik</a></nav><article><h1>Kiew fordert Hilfe</h1>"
            + "<p>Die Ukraine braucht nach Angaben der Regierung in Kiew mehr als 12.000 zusätzliche Soldaten, sagte "
            + "Präsident Wolodymyr Selenskyj am Montag in einer Ansprache an die Nation.</p>"
            + "<p>Der Bundestag in Berlin berät am 7. Juli über weitere Hilfen in Höhe von 5 Milliarden Euro für das Land.</p>"
            + "</article><footer>Impressum · Datenschutz</footer></body></html>");
        Files.writeString(in.resolve("export.csv"), "ID,Title,Text,Source\n"
            + "c1,Inflation,\"Die Inflation lag im Oktober bei 3,8 Prozent, teilte das Statistische Bundesamt mit.\",Tagesspiegel\n"
            + "c2,Leer,,Tagesspiegel\n");
        Path out = dir.resolve("out.jsonl");
        CommandLineRun run = CommandLineRun.of("annotate", in.toString(), "--out", out.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("export.csv:3: record has no \"text\" or \"html\""), run.err());
        List<JsonNode> documents = Files.readAllLines(out).stream().map(AnnotateCommandTest::json).toList();
        assertEquals(List.of("c1", "seite"), documents.stream().map(d -> d.get("id").asText()).toList());
        JsonNode csvRecord = documents.get(0);
        assertEquals("Tagesspiegel", csvRecord.get("input").get("source").asText());
        assertEquals("Inflation", csvRecord.get("article").get("headline").asText());
        JsonNode page = documents.get(1);
        assertEquals("Kiew fordert Hilfe", page.get("article").get("headline").asText());
        assertEquals("2023-11-04T18:33", page.get("article").get("published").asText().substring(0, 16));
        assertFalse(page.get("text").asText().contains("Impressum"));
        assertTrue(page.get("text").asText().contains("mehr als 12.000 zusätzliche Soldaten"));
        assertTrue(page.get("figures").size() >= 3, page.get("figures").toString());
    }

    @Test
    void unknownOptionIsAUsageError() {
        CommandLineRun run = CommandLineRun.of("annotate", "--colour", "x.txt");
        assertEquals(2, run.exitCode());
        assertNoStackTrace(run);
    }

    private static String id(String jsonLine) {
        return json(jsonLine).get("id").asText();
    }

    private static JsonNode json(String line) {
        try {
            return Json.MAPPER.readTree(line);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<CSVRecord> records(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
