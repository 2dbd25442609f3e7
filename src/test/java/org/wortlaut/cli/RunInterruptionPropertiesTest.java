package org.wortlaut.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever the inputs and wherever a run breaks (out of memory, a full disk, a bug), nothing that
 * was written is lost: the broken run leaves no final file, and resuming it gives the output of
 * an uninterrupted run, byte for byte. Failures are injected at the writer, so that no test
 * has to exhaust a real heap.
 */
class RunInterruptionPropertiesTest {

    private static final List<String> ARTICLES = List.of(
        "Die Stadt Leipzig meldet 12 neue Fälle, sagte Bürgermeisterin Anna Weber.",
        "„Wir bleiben wachsam“, so Weber am 7. Juli 2023 in Leipzig.",
        "Der Bundestag berät über 5 Milliarden Euro für die Bahn.",
        "Laut Statistischem Bundesamt lag die Inflation bei 3,2 Prozent.");

    /** One input file: a text article, a broken file, or a JSONL export with a malformed line. */
    @Provide
    Arbitrary<List<Integer>> inputs() {
        return Arbitraries.integers().between(0, 5).list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<Throwable> failures() {
        return Arbitraries.of(0, 1, 2).map(kind -> switch (kind) {
            case 0 -> new OutOfMemoryError("Java heap space");
            case 1 -> new UncheckedIOException(new IOException("No space left on device"));
            default -> new IllegalStateException("a defect");
        });
    }

    @Property(tries = 12)
    void killedAndResumedEqualsUninterrupted(@ForAll("inputs") List<Integer> kinds,
                                             @ForAll("failures") Throwable failure,
                                             @ForAll @IntRange(min = 0, max = 8) int killAfter,
                                             @ForAll @IntRange(min = 0, max = 2) int formatIndex,
                                             @ForAll @IntRange(min = 1, max = 2) int threads) throws IOException {
        Path dir = Files.createTempDirectory("wortlaut-interrupt");
        try {
            String format = List.of("jsonl", "json", "csv").get(formatIndex);
            Path in = writeInputs(dir.resolve("in"), kinds);
            Path whole = output(dir.resolve("whole"), format);
            Path broken = output(dir.resolve("broken"), format);

            CommandLineRun uninterrupted = CommandLineRun.annotate(UnaryOperator.identity(),
                List.of(in.toString(), "--format", format, "--out", whole.toString(), "--threads", "" + threads));
            assertTrue(uninterrupted.exitCode() == 0 || uninterrupted.exitCode() == 1, uninterrupted.err());
            assertHoldsWhatItReports(whole, format, uninterrupted.err());

            CommandLineRun killed = CommandLineRun.annotate(writer -> new FailingWriter(writer, killAfter, failure),
                List.of(in.toString(), "--format", format, "--out", broken.toString(), "--threads", "" + threads));
            if (killed.exitCode() == UserErrorHandler.INTERRUPTED) {
                assertTrue(killed.err().contains("run again with --resume"), killed.err());
                assertTrue(killed.err().matches("(?s).*interrupted after \\d+ of \\d+ articles.*"), killed.err());
                assertFalse(Files.exists(format.equals("jsonl") ? broken : broken.resolve("documents.csv")),
                    "an interrupted run must leave no final file");
                if (format.equals("json")) {
                    assertTrue(jsonFiles(broken).size() <= killAfter, "json files beyond those written");
                }
                CommandLineRun resumed = CommandLineRun.annotate(UnaryOperator.identity(), List.of(in.toString(), "--format",
                    format, "--out", broken.toString(), "--threads", "" + threads, "--resume"));
                assertEquals(uninterrupted.exitCode(), resumed.exitCode(), resumed.err());
            } else {
                assertEquals(uninterrupted.exitCode(), killed.exitCode(), killed.err());
            }
            assertEquals(contents(whole.getParent()), contents(broken.getParent()));
        } finally {
            delete(dir);
        }
    }

    private static Path output(Path dir, String format) {
        return format.equals("jsonl") ? dir.resolve("out.jsonl") : dir;
    }

    private static Path writeInputs(Path in, List<Integer> kinds) throws IOException {
        Files.createDirectories(in);
        for (int i = 0; i < kinds.size(); i++) {
            String name = String.format(Locale.ROOT, "f%02d", i);
            String article = ARTICLES.get(i % ARTICLES.size());
            switch (kinds.get(i)) {
                case 0, 1, 2 -> Files.writeString(in.resolve(name + ".txt"), "Meldung " + i + "\n\n" + article);
                case 3 -> Files.write(in.resolve(name + ".txt"), new byte[] {0, 1, 2});
                case 4 -> Files.writeString(in.resolve(name + ".jsonl"), "{\"id\": \"r" + i + "\", \"text\": \"" + article
                    + "\"}\n{\"id\": \n{\"id\": \"s" + i + "\", \"text\": \"" + ARTICLES.get(0) + "\"}\n");
                default -> Files.writeString(in.resolve(name + ".txt"), "");
            }
        }
        return in;
    }

    /** A finished run's files hold exactly the articles its summary line reports as written. */
    private static void assertHoldsWhatItReports(Path out, String format, String err) throws IOException {
        Matcher written = Pattern.compile("(\\d+) articles? written").matcher(err);
        assertTrue(written.find(), err);
        int reported = Integer.parseInt(written.group(1));
        long held = switch (format) {
            case "jsonl" -> Files.exists(out) ? Files.readAllLines(out).size() : 0;
            case "json" -> jsonFiles(out).size();
            default -> Files.exists(out.resolve("documents.csv")) ? Files.readAllLines(out.resolve("documents.csv")).size() - 1 : 0;
        };
        assertEquals(reported, held, err);
    }

    private static List<Path> jsonFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).toList();
        }
    }

    /** Every file below {@code dir} by its relative name. */
    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
