package org.wortlaut.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wortlaut.io.Json;

/** Issue: nothing lost, ever. Each test reproduces one way a run used to lose or corrupt data. */
class RunSafetyTest {

    private static final String ARTICLE = "Die Stadt Düsseldorf meldet 12 neue Fälle, sagte Bürgermeisterin Anna Weber.";

    @TempDir
    Path dir;

    private Path threeArticles() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 1; i <= 3; i++) {
            Files.writeString(in.resolve("a" + i + ".txt"), "Meldung " + i + "\n\n" + ARTICLE);
        }
        return in;
    }

    private static boolean modelsLoaded(CommandLineRun run) {
        return run.err().contains("models loaded");
    }

    /** It used to commit the .part file as final and delete the progress log: "nothing to resume". */
    @Test
    void anOutOfMemoryErrorLeavesThePartialRunForResume() throws IOException {
        Path in = threeArticles();
        Path whole = dir.resolve("whole.jsonl");
        Path out = dir.resolve("out.jsonl");
        assertEquals(0, CommandLineRun.annotate(UnaryOperator.identity(), List.of(in.toString(), "--out", whole.toString()))
            .exitCode());

        CommandLineRun crashed = CommandLineRun.annotate(w -> new FailingWriter(w, 2, new OutOfMemoryError("Java heap space")),
            List.of(in.toString(), "--out", out.toString()));
        assertEquals(UserErrorHandler.INTERRUPTED, crashed.exitCode());
        assertTrue(crashed.err().contains("interrupted after 2 of 3 articles (java.lang.OutOfMemoryError: Java heap space): "
            + "run again with --resume"), crashed.err());
        assertFalse(Files.exists(out));
        assertEquals(2, Files.readAllLines(dir.resolve("out.jsonl.part")).size());
        assertTrue(Files.exists(dir.resolve("out.jsonl.progress")));

        CommandLineRun resumed = CommandLineRun.annotate(UnaryOperator.identity(), List.of(in.toString(), "--out",
            out.toString(), "--resume"));
        assertEquals(0, resumed.exitCode(), resumed.err());
        assertEquals(Files.readString(whole), Files.readString(out));
    }

    @Test
    void anOutputOrErrorsFileThatIsAnInputIsRefusedBeforeTheModelsLoad() throws IOException {
        Path records = Files.writeString(dir.resolve("a.jsonl"), "{\"id\": \"r1\", \"text\": \"" + ARTICLE + "\"}\n");
        for (String option : List.of("--out", "--errors")) {
            CommandLineRun run = CommandLineRun.of("annotate", records.toString(), option, records.toString());
            assertEquals(2, run.exitCode(), run.err());
            assertTrue(run.err().contains(records + " is an input"), run.err());
            assertFalse(modelsLoaded(run));
        }
        assertEquals("{\"id\": \"r1\", \"text\": \"" + ARTICLE + "\"}\n", Files.readString(records));
    }

    /** It used to write 2, then 4, then 6 articles: the output was read back as input. */
    @Test
    void anOutputInsideTheInputFolderIsRefused() throws IOException {
        Path in = threeArticles();
        CommandLineRun run = CommandLineRun.of("annotate", in.toString(), "--out", in.resolve("annotated.jsonl").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("lies inside the input folder"), run.err());
        assertFalse(Files.exists(in.resolve("annotated.jsonl")));
    }

    /** It used to mix two runs' documents into one file with an unparseable line. */
    @Test
    void aSecondRunOnTheSameOutputIsRefusedAndAStaleLockTakenOver() throws Exception {
        Path in = threeArticles();
        Path out = dir.resolve("out.jsonl");
        Path lock = dir.resolve("out.jsonl.lock");
        Files.writeString(lock, ProcessHandle.current().pid() + "\n");
        CommandLineRun refused = CommandLineRun.of("annotate", in.toString(), "--out", out.toString());
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("another run (process " + ProcessHandle.current().pid() + ") is writing"),
            refused.err());
        assertFalse(modelsLoaded(refused));

        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        Files.writeString(lock, finished.pid() + "\n");
        CommandLineRun run = CommandLineRun.of("annotate", in.toString(), "--out", out.toString(), "--plain");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("taking over the lock " + lock + " of process " + finished.pid()
            + ", which is no longer running"), run.err());
        assertFalse(Files.exists(lock));
        assertEquals(3, Files.readAllLines(out).size());
    }

    /** "Düsseldorf" used to become "D\uFFFDsseldorf" without a word. */
    @Test
    void latin1RecordsAreReadAsWindows1252WithAWarning() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve("export.csv"), ("id,text\nc1,\"" + ARTICLE + "\"\n").getBytes(StandardCharsets.ISO_8859_1));
        Files.write(in.resolve("export.jsonl"), ("{\"id\": \"j1\", \"text\": \"" + ARTICLE + "\"}\n")
            .getBytes(StandardCharsets.ISO_8859_1));
        Path out = dir.resolve("out.jsonl");
        CommandLineRun run = CommandLineRun.of("annotate", in.toString(), "--out", out.toString(), "--plain");
        assertEquals(0, run.exitCode(), run.err());
        for (String line : Files.readAllLines(out)) {
            JsonNode document = Json.MAPPER.readTree(line);
            assertEquals(ARTICLE, document.get("text").asText());
            assertEquals("not valid UTF-8: bytes outside UTF-8 sequences read as windows-1252",
                document.get("warnings").get(0).asText());
        }
        assertTrue(run.err().contains("export.csv:2: not valid UTF-8"), run.err());
    }

    /** A 1 MB title used to pass the character limit: only text files were measured. */
    @Test
    void pagesAreBoundedByTheirExtractedTextAndTheirNesting() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a-lang.html"), "<html><body><article><p>" + "Ein Satz. ".repeat(300)
            + "</p></article></body></html>");
        Files.writeString(in.resolve("b-tief.html"), "<html><body>" + "<div>".repeat(50_000) + "Text"
            + "</div>".repeat(50_000) + "</body></html>");
        Files.writeString(in.resolve("c-gut.txt"), ARTICLE);
        Path out = dir.resolve("out.jsonl");
        CommandLineRun run = CommandLineRun.of("annotate", in.toString(), "--out", out.toString(), "--max-chars", "2000");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("a-lang.html: article text extracted from the page too long: 2,999 characters, "
            + "the limit is 2,000 (raise it with --max-chars)"), run.err());
        assertTrue(run.err().contains("b-tief.html: page nests too deep: 50,003 levels of elements, the limit is 1,000 "
            + "(raise it with --max-nesting)"), run.err());
        assertFalse(run.err().contains("StackOverflowError"), run.err());
        assertEquals(1, Files.readAllLines(out).size());
        assertEquals(2, Files.readAllLines(dir.resolve("out.errors.jsonl")).size());
    }

    @Test
    void anArticlePastItsTimeIsReportedAndTheRunGoesOn() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a-lang.txt"), "Die Stadt Leipzig meldet am 7. Juli 12 neue Fälle. ".repeat(4000));
        Files.writeString(in.resolve("b-kurz.txt"), ARTICLE);
        Path out = dir.resolve("out.jsonl");
        CommandLineRun run = CommandLineRun.of("annotate", in.toString(), "--out", out.toString(), "--plain",
            "--max-seconds", "1", "--threads", "2");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("a-lang.txt: annotation took longer than 1 s, the limit per article "
            + "(raise it with --max-seconds)"), run.err());
        assertEquals(1, Files.readAllLines(out).size());
    }

    /** An id of 246 bytes used to abort a --format json run with "File name too long". */
    @Test
    void longIdsGiveShortenedFileNamesAndTheirMapping() throws IOException {
        String id = "https://www.example.de/politik/" + "sehr-langer-artikelname-".repeat(15) + "100.html";
        Path records = Files.writeString(dir.resolve("urls.jsonl"), "{\"id\": \"" + id + "\", \"text\": \"" + ARTICLE + "\"}\n");
        Path out = dir.resolve("json");
        CommandLineRun run = CommandLineRun.of("annotate", records.toString(), "--format", "json", "--out", out.toString(),
            "--plain");
        assertEquals(0, run.exitCode(), run.err());
        List<String> mapping = Files.readAllLines(out.resolve("shortened-names.tsv"));
        assertEquals("file\tid", mapping.get(0));
        String file = mapping.get(1).split("\t")[0];
        assertEquals(id, mapping.get(1).split("\t")[1]);
        assertTrue(file.getBytes(StandardCharsets.UTF_8).length <= 205, file);
        assertTrue(file.matches("https___www.example.de_politik_sehr-langer.*-[0-9a-f]{16}\\.json"), file);
        assertEquals(id, Json.MAPPER.readTree(out.resolve(file).toFile()).get("id").asText());
    }

    @Test
    void tooManyThreadsAreLowered() throws IOException {
        Path in = threeArticles();
        CommandLineRun run = CommandLineRun.of("annotate", in.toString(), "--threads", "100000", "--plain",
            "--out", dir.resolve("out.jsonl").toString());
        assertEquals(0, run.exitCode(), run.err());
        int most = Runtime.getRuntime().availableProcessors() * AnnotateCommand.THREADS_PER_CORE;
        assertTrue(run.err().contains("--threads 100000 lowered to " + most), run.err());
    }
}
