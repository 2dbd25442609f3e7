package org.wortlaut.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wortlaut.io.TestWarc;

/** {@code annotate crawl.warc.gz}: a web archive is one more input, with resume and the errors file. */
class WarcInputTest {

    @TempDir
    Path dir;

    private Path crawl() throws IOException {
        Path file = dir.resolve("crawl.warc.gz");
        try (TestWarc warc = new TestWarc(file)) {
            warc.capture("https://www.example.de/netz", 200, "text/html; charset=utf-8", TestWarc.GERMAN_ARTICLE)
                .capture("https://www.example.de/logo.png", 200, "image/png", "\u0089PNG")
                .capture("https://www.example.com/grid", 200, "text/html", TestWarc.ENGLISH_ARTICLE)
                .capture("https://www.example.de/netz?print=1", 200, "text/html", TestWarc.GERMAN_ARTICLE);
        }
        return file;
    }

    @Test
    void germanPagesAreAnnotatedWithUrlAndCaptureDateAndSkippedRecordsAreCounted() throws IOException {
        Path out = dir.resolve("csv");
        CommandLineRun run = CommandLineRun.of("annotate", crawl().toString(), "--format", "csv", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> documents = Files.readAllLines(out.resolve("documents.csv"), StandardCharsets.UTF_8);
        assertEquals(3, documents.size());
        assertTrue(documents.get(1).startsWith(TestWarc.responseId(1) + "," + dir.resolve("crawl.warc.gz") + ":2,,"
            + "https://www.example.de/netz,2024-03-01T08:15:00Z,,"), documents.get(1));
        assertTrue(documents.get(1).contains(",Regierung will Netzausbau beschleunigen,"), documents.get(1));
        assertTrue(run.err().contains("web archive records skipped: 1 not German, 1 not HTML, 4 not HTTP responses"),
            run.err());
        assertFalse(Files.exists(out.resolve("errors.jsonl")), "a clean run writes no errors file");
    }

    @Test
    void aKilledRunResumesAfterItsLastPage() throws IOException {
        Path warc = crawl();
        Path whole = dir.resolve("whole.jsonl");
        assertEquals(0, CommandLineRun.of("annotate", warc.toString(), "--out", whole.toString()).exitCode());
        String first = Files.readAllLines(whole, StandardCharsets.UTF_8).get(0) + "\n";
        // what a run killed after its first page leaves
        Path resumed = dir.resolve("resumed.jsonl");
        Files.writeString(dir.resolve("resumed.jsonl.part"), first);
        Files.writeString(dir.resolve("resumed.jsonl.progress"),
            warc + ":2\t" + first.getBytes(StandardCharsets.UTF_8).length + "\tok\n");
        CommandLineRun run = CommandLineRun.of("annotate", warc.toString(), "--out", resumed.toString(), "--resume");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("1 article written (1 written before, skipped)"), run.err());
        assertEquals(Files.readString(whole), Files.readString(resumed));
    }

    @Test
    void anArchiveCutInItsLastPageKeepsTheFirstAndListsTheCutRecordInTheErrorsFile() throws IOException {
        byte[] bytes = Files.readAllBytes(crawl());
        Path cut = Files.write(dir.resolve("cut.warc.gz"), java.util.Arrays.copyOf(bytes, bytes.length - 200));
        Path out = dir.resolve("out.jsonl");
        CommandLineRun run = CommandLineRun.of("annotate", cut.toString(), "--out", out.toString());
        assertEquals(UserErrorHandler.FAILED, run.exitCode(), run.err());
        assertEquals(1, Files.readAllLines(out).size());
        String error = Files.readString(dir.resolve("out.errors.jsonl"));
        assertTrue(error.startsWith("{\"id\":null,\"source\":\"" + cut + "\",\"line\":"), error);
    }
}
