package org.wortlaut.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batches that break: broken files among many, truncated records, a run killed and resumed. */
class BatchRobustnessTest {

    @TempDir
    Path dir;

    private static String article(int n) {
        return String.format(Locale.ROOT, "Meldung %d%n%nDie Stadt Leipzig meldet am %d. Juli %d neue Fälle, "
            + "sagte Bürgermeisterin Anna Weber. „Wir bleiben wachsam“, so Weber.%n", n, 1 + n % 28, 100 + n);
    }

    private Path articles(int count) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < count; i++) {
            Files.writeString(in.resolve(String.format(Locale.ROOT, "a%04d.txt", i)), article(i));
        }
        return in;
    }

    @Test
    void thousandFilesWithTenBrokenOnesLoseNothing() throws IOException {
        Path in = articles(1000);
        for (int i = 50; i < 1000; i += 95) {
            Files.write(in.resolve(String.format(Locale.ROOT, "a%04d.txt", i)), new byte[] {0, 0, 1, 2});
        }
        Path out = dir.resolve("out.jsonl");
        CommandLineRun run = CommandLineRun.of("annotate", in.toString(), "--out", out.toString(), "--plain");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("990 articles written, 10 failed"), run.err());
        assertEquals(990, Files.readAllLines(out).size());
        assertEquals(10, Files.readAllLines(dir.resolve("out.errors.jsonl")).size());
    }

    @Test
    void truncatedLastJsonlLineIsReportedAndTheRestWritten() throws IOException {
        Path records = dir.resolve("export.jsonl");
        Files.writeString(records, "{\"id\": \"x1\", \"text\": \"Erster Satz.\"}\n{\"id\": \"x2\", \"text\": \"Zweiter Satz.\"}\n"
            + "{\"id\": \"x3\", \"text\": \"Abgebro");
        Path out = dir.resolve("out.jsonl");
        CommandLineRun run = CommandLineRun.of("annotate", records.toString(), "--out", out.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("export.jsonl:3: malformed JSON"), run.err());
        assertEquals(2, Files.readAllLines(out).size());
    }

    @Test
    void sameOutputForOneAndTwoThreads() throws IOException {
        Path in = articles(30);
        Path one = dir.resolve("one.jsonl");
        Path two = dir.resolve("two.jsonl");
        assertEquals(0, CommandLineRun.of("annotate", in.toString(), "--out", one.toString(), "--threads", "1").exitCode());
        assertEquals(0, CommandLineRun.of("annotate", in.toString(), "--out", two.toString(), "--threads", "2").exitCode());
        assertEquals(Files.readString(one), Files.readString(two));
    }

    @Test
    void runKilledHalfwayAndResumedEqualsAnUninterruptedRun() throws Exception {
        Path in = articles(400);
        for (String format : List.of("jsonl", "csv")) {
            Path whole = dir.resolve("whole-" + format);
            Path resumed = dir.resolve("resumed-" + format);
            Path wholeOut = format.equals("jsonl") ? whole.resolve("out.jsonl") : whole;
            Path resumedOut = format.equals("jsonl") ? resumed.resolve("out.jsonl") : resumed;
            assertEquals(0, CommandLineRun.of("annotate", in.toString(), "--format", format, "--out", wholeOut.toString()).exitCode());

            Path progress = format.equals("jsonl") ? resumed.resolve("out.jsonl.progress") : resumed.resolve(".wortlaut-progress");
            killWhenHalfway(List.of("annotate", in.toString(), "--format", format, "--out", resumedOut.toString()), progress);
            assertFalse(Files.exists(format.equals("jsonl") ? resumedOut : resumed.resolve("documents.csv")),
                "a killed run must not leave a file under its final name");

            CommandLineRun run = CommandLineRun.of("annotate", in.toString(), "--format", format, "--out",
                resumedOut.toString(), "--resume");
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.err().contains("written before, skipped"), run.err());
            for (String name : format.equals("jsonl") ? List.of("out.jsonl") : List.of("documents.csv", "zones.csv",
                "sentences.csv", "entities.csv", "entity_groups.csv", "figures.csv", "quotes.csv", "claims.csv")) {
                assertEquals(Files.readString(whole.resolve(name)), Files.readString(resumed.resolve(name)), format + " " + name);
            }
        }
    }

    @Test
    void resumingAFinishedRunLeavesItsOutputAsItIs() throws IOException {
        Path in = articles(3);
        for (String format : List.of("jsonl", "json", "csv")) {
            Path out = format.equals("jsonl") ? dir.resolve("done.jsonl") : dir.resolve("done-" + format);
            assertEquals(0, CommandLineRun.of("annotate", in.toString(), "--format", format, "--out", out.toString()).exitCode());
            Path written = format.equals("jsonl") ? out : format.equals("json") ? out.resolve("a0000.json") : out.resolve("documents.csv");
            Files.writeString(written, "kept");

            CommandLineRun run = CommandLineRun.of("annotate", in.toString(), "--format", format, "--out", out.toString(), "--resume");
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.err().contains("holds a finished run: nothing to resume"), run.err());
            assertEquals("kept", Files.readString(written), format);
        }
    }

    /** Ctrl-C or SIGTERM used to end a run without a word. */
    @Test
    void aTerminatedRunSaysHowFarItGotAndThatResumeContinues() throws Exception {
        Path in = articles(200);
        Path out = dir.resolve("out.jsonl");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx1g", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "annotate", in.toString(),
            "--out", out.toString(), "--threads", "1"));
        Path log = dir.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (lines(dir.resolve("out.jsonl.progress")) < 10 && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(process.isAlive(), "the run ended before it could be terminated");
        process.destroy();
        assertEquals(143, process.waitFor());
        String err = Files.readString(log);
        assertTrue(err.matches("(?s).*interrupted after \\d+ of 200 articles \\(killed\\): run again with --resume to continue.*"),
            err);
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(dir.resolve("out.jsonl.lock")), "the lock goes with the run");
    }

    /** Starts the command line in a JVM of its own and kills it (SIGKILL) once some articles are written. */
    private static void killWhenHalfway(List<String> arguments, Path progress) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx1g", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(arguments);
        command.add("--threads");
        command.add("1");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (lines(progress) < 60 && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(process.isAlive(), "the run ended before it could be killed");
        process.destroyForcibly().waitFor();
    }

    private static long lines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        try (var stream = Files.lines(file)) {
            return stream.count();
        }
    }
}
