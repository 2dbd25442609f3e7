package org.wortlaut.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command line tells a user, and when: usage errors at once, before the models load. */
class CommandLineMessagesTest {

    private static final String ARTICLE = "Die Stadt Leipzig meldet 12 neue Fälle, sagte Bürgermeisterin Anna Weber.";

    @TempDir
    Path dir;

    private static boolean modelsLoaded(CommandLineRun run) {
        return run.err().contains("models loaded");
    }

    /** It used to load the models (about 2 s) and exit 1. */
    @Test
    void aMissingInputIsAUsageErrorBeforeTheModelsLoad() {
        CommandLineRun run = CommandLineRun.of("annotate", dir.resolve("fehlt.txt").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("fehlt.txt: no such file or directory"), run.err());
        assertFalse(modelsLoaded(run));
    }

    /** An unknown entity model used to pass for an interrupted run (exit 3, "run again with --resume"). */
    @Test
    void anUnknownEntityModelIsAUsageErrorBeforeTheModelsLoad() throws IOException {
        Path article = Files.writeString(dir.resolve("a.txt"), "Angela Merkel sprach in Berlin.");
        CommandLineRun run = CommandLineRun.of("annotate", article.toString(), "--ner", "spacy",
            "--out", dir.resolve("a.jsonl").toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("--ner must be model or corenlp, not spacy"), run.err());
        assertFalse(modelsLoaded(run));
    }

    /** A FIFO named .txt used to be "no such file or directory". */
    @Test
    void aPipeIsNamedAsSuch() throws Exception {
        Path fifo = dir.resolve("rohr.txt");
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() != 0) {
            return;
        }
        CommandLineRun run = CommandLineRun.of("annotate", fifo.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("rohr.txt: not a regular file (a pipe, device or socket)"), run.err());
    }

    /** It used to print only a bare path, after the models had loaded. */
    @Test
    void anUnwritableOutputIsToldBeforeTheModelsLoad() throws IOException {
        Path in = Files.writeString(dir.resolve("a.txt"), ARTICLE);
        Path file = Files.writeString(dir.resolve("datei"), "");
        CommandLineRun run = CommandLineRun.of("annotate", in.toString(), "--out", file.resolve("out.jsonl").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("cannot write to --out " + file.resolve("out.jsonl")
            + ": a file stands where a folder is needed: " + file), run.err());
        assertFalse(modelsLoaded(run));
    }

    @Test
    void helpListsEveryInputKind() {
        CommandLineRun run = CommandLineRun.of("annotate", "--help");
        assertEquals(0, run.exitCode());
        String help = run.out().replaceAll("\\s+", " ");
        for (String kind : List.of(".txt files", ".html or .htm pages", ".jsonl files", ".csv exports", "directories",
            "- for standard input", "--max-bytes", "--max-nesting", "--max-seconds", "--restart", "--csv-formulas")) {
            assertTrue(help.contains(kind), kind + " in " + help);
        }
    }

    /** "1 articles written", and an empty errors.jsonl on a clean run. */
    @Test
    void aCleanRunOfOneArticleSaysSoAndLeavesNoErrorsFile() throws IOException {
        Path in = Files.writeString(dir.resolve("a.txt"), ARTICLE);
        Path out = dir.resolve("csv");
        Files.createDirectories(out);
        Files.writeString(out.resolve("errors.jsonl"), "{\"id\": \"von einem früheren Lauf\"}\n");
        CommandLineRun run = CommandLineRun.of("annotate", in.toString(), "--format", "csv", "--out", out.toString(), "--plain");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("wortlaut: 1 article written, 0 failed"), run.err());
        assertFalse(Files.exists(out.resolve("errors.jsonl")));
    }

    /** Rerunning without --resume used to discard a killed run's output silently. */
    @Test
    void anUnfinishedRunIsNeitherDiscardedNorContinuedUnasked() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 1; i <= 3; i++) {
            Files.writeString(in.resolve("a" + i + ".txt"), ARTICLE);
        }
        Path out = dir.resolve("out.jsonl");
        CommandLineRun killed = CommandLineRun.annotate(w -> new FailingWriter(w, 1, new IllegalStateException("kill")),
            List.of(in.toString(), "--out", out.toString(), "--plain"));
        assertEquals(UserErrorHandler.INTERRUPTED, killed.exitCode());

        CommandLineRun refused = CommandLineRun.of("annotate", in.toString(), "--out", out.toString(), "--plain");
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains(out + " holds the partial output of a run that did not finish: continue it "
            + "with --resume, or discard it and start anew with --restart"), refused.err());
        assertFalse(modelsLoaded(refused));

        CommandLineRun restarted = CommandLineRun.of("annotate", in.toString(), "--out", out.toString(), "--plain",
            "--restart");
        assertEquals(0, restarted.exitCode(), restarted.err());
        assertTrue(restarted.err().contains("3 articles written"), restarted.err());
    }

    @Test
    void duplicateIdsAreWarned() throws IOException {
        Path records = Files.writeString(dir.resolve("doppelt.jsonl"), "{\"id\": \"x\", \"text\": \"" + ARTICLE + "\"}\n"
            + "{\"id\": \"x\", \"text\": \"" + ARTICLE + "\"}\n");
        CommandLineRun run = CommandLineRun.annotate(UnaryOperator.identity(),
            List.of(records.toString(), "--out", dir.resolve("out.jsonl").toString(), "--plain"));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("doppelt.jsonl:2: duplicate id \"x\": an earlier article has the same id"), run.err());
        assertFalse(run.err().contains("doppelt.jsonl:1: duplicate"), run.err());
    }

    /** Cells starting with =, +, - or @ used to be written raw: a spreadsheet runs them. */
    @Test
    void csvCellsThatLookLikeFormulasAreEscapedUnlessAsked() throws IOException {
        Path in = Files.writeString(dir.resolve("formel.txt"), "=HYPERLINK(\"http://example.org\") sagte er.");
        Path escaped = dir.resolve("escaped");
        Path raw = dir.resolve("raw");
        assertEquals(0, CommandLineRun.annotate(UnaryOperator.identity(), List.of(in.toString(), "--format", "csv", "--out",
            escaped.toString(), "--plain")).exitCode());
        assertEquals(0, CommandLineRun.annotate(UnaryOperator.identity(), List.of(in.toString(), "--format", "csv", "--out",
            raw.toString(), "--plain", "--csv-formulas")).exitCode());
        assertTrue(Files.readString(escaped.resolve("sentences.csv")).contains("formel,0,0,42,\"'=HYPERLINK("),
            Files.readString(escaped.resolve("sentences.csv")));
        assertTrue(Files.readString(raw.resolve("sentences.csv")).contains("formel,0,0,42,\"=HYPERLINK("),
            Files.readString(raw.resolve("sentences.csv")));
    }
}
