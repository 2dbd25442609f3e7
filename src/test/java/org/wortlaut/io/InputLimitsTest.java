package org.wortlaut.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every input is bounded before it is read, and records are decoded as files are. */
class InputLimitsTest {

    private static final String ARTICLE = "Düsseldorf meldet 12 neue Fälle.";

    @TempDir
    Path dir;

    private static List<InputItem> read(InputLimits limits, byte[] stdin, String... inputs) {
        List<InputItem> items = new ArrayList<>();
        try (InputReader reader = new InputReader(List.of(inputs), limits, new ByteArrayInputStream(stdin))) {
            reader.forEachRemaining(items::add);
        }
        return items;
    }

    private static List<InputItem> read(long maxBytes, String... inputs) {
        return read(new InputLimits(1_000_000, maxBytes), new byte[0], inputs);
    }

    private static String message(InputItem item) {
        return assertInstanceOf(InputItem.Failure.class, item).message();
    }

    private static String text(InputItem item) {
        return assertInstanceOf(InputItem.Article.class, item).document().text();
    }

    /** A 900 MB .txt used to be read whole before its length was checked. */
    @Test
    void aTextFileBeyondTheByteLimitIsNotRead() throws IOException {
        Path file = Files.writeString(dir.resolve("gross.txt"), "x".repeat(2000));
        assertEquals("file too long: 2,000 bytes, the limit is 1,000 (raise it with --max-bytes)",
            message(read(1000, file.toString()).get(0)));
        assertEquals("standard input too long: more than 1,000 bytes, the limit is 1,000 (raise it with --max-bytes)",
            message(read(new InputLimits(1_000_000, 1000), "y".repeat(1001).getBytes(StandardCharsets.UTF_8), "-").get(0)));
    }

    /** A 600 MB JSONL line used to leave a 0-byte output; a valid but long string was "malformed JSON". */
    @Test
    void aJsonlLineBeyondTheByteLimitIsReportedAndTheNextRecordRead() throws IOException {
        Path file = Files.writeString(dir.resolve("export.jsonl"), "{\"id\": \"lang\", \"text\": \"" + "ä".repeat(600)
            + "\"}\n{\"id\": \"kurz\", \"text\": \"" + ARTICLE + "\"}\n");
        List<InputItem> items = read(1000, file.toString());
        assertEquals("record too long: more than 1,000 bytes, the limit is 1,000 (raise it with --max-bytes)",
            message(items.get(0)));
        assertEquals(1, assertInstanceOf(InputItem.Failure.class, items.get(0)).line());
        assertEquals(ARTICLE, text(items.get(1)));
    }

    @Test
    void aCsvRecordBeyondTheByteLimitEndsTheFileWithItsLimit() throws IOException {
        Path file = Files.writeString(dir.resolve("export.csv"), "id,text\nk,\"" + ARTICLE + "\"\nl,\""
            + "x".repeat(100_000) + "\"\nm,\"" + ARTICLE + "\"\n");
        List<InputItem> items = read(1000, file.toString());
        assertEquals(ARTICLE, text(items.get(0)));
        assertEquals("record too long: more than 1,000 bytes, the limit is 1,000 (raise it with --max-bytes); "
            + "the rest of the file is skipped", message(items.get(1)));
        assertEquals(2, items.size());
    }

    /** UTF-16 with a byte order mark used to be "binary file". */
    @Test
    void utf16WithAByteOrderMarkIsDecoded() throws IOException {
        byte[] le = ("\uFEFF" + ARTICLE).getBytes(StandardCharsets.UTF_16LE);
        byte[] be = ("\uFEFF{\"id\": \"b\", \"text\": \"" + ARTICLE + "\"}\n").getBytes(StandardCharsets.UTF_16BE);
        Path text = Files.write(dir.resolve("utf16.txt"), le);
        Path records = Files.write(dir.resolve("utf16.jsonl"), be);
        List<InputItem> items = read(10_000, text.toString(), records.toString());
        assertEquals(ARTICLE, text(items.get(0)));
        assertEquals(ARTICLE, text(items.get(1)));
        assertEquals(List.of(), assertInstanceOf(InputItem.Article.class, items.get(1)).document().warnings());
    }

    /** "3.5e300" as text used to be annotated as "3.5E300" without a word. */
    @Test
    void aNumberAsTextIsWarnedAndAnObjectRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("zahlen.jsonl"), "{\"id\": \"n\", \"text\": 3.5e300}\n"
            + "{\"id\": \"o\", \"text\": {\"de\": \"Text\"}}\n");
        List<InputItem> items = read(10_000, file.toString());
        InputItem.Article number = assertInstanceOf(InputItem.Article.class, items.get(0));
        assertEquals(List.of("\"text\" is a number, not a string: read as \"3.5E300\""), number.document().warnings());
        assertEquals("\"text\" is an object, not a string", message(items.get(1)));
    }

    @Test
    void theArticlesAreCountedBeforeTheRun() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), ARTICLE);
        Files.writeString(in.resolve("b.jsonl"), "{\"id\": 1}\n\n{\"id\": 2}\n{\"id\": 3}");
        Files.writeString(in.resolve("c.csv"), "id,text\n1,\"zwei\nZeilen\"\n2,x\n");
        Files.writeString(in.resolve("d.pdf"), "nicht gelesen");
        assertEquals(7, InputReader.count(List.of(in.toString(), "-")));
    }

    @Test
    void aPipeNamedLikeATextFileIsNoFile() throws Exception {
        Path fifo = dir.resolve("rohr.txt");
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() != 0) {
            return;
        }
        assertEquals("not a regular file (a pipe, device or socket): give a file or a directory",
            message(read(1000, fifo.toString()).get(0)));
    }

    /** OWASP: a cell a spreadsheet would run gets a leading apostrophe; numbers stay numbers. */
    @Test
    void formulaLikeTextCellsAreEscaped() {
        assertEquals("'=HYPERLINK(\"http://x\")", CsvWriter.withoutFormula("=HYPERLINK(\"http://x\")"));
        assertEquals("'+49 30 1234", CsvWriter.withoutFormula("+49 30 1234"));
        assertEquals("'-5 Grad", CsvWriter.withoutFormula("-5 Grad"));
        assertEquals("'@SUM(A1)", CsvWriter.withoutFormula("@SUM(A1)"));
        assertEquals("Berlin", CsvWriter.withoutFormula("Berlin"));
        assertEquals(-5, CsvWriter.withoutFormula(-5));
        assertEquals(null, CsvWriter.withoutFormula(null));
    }
}
