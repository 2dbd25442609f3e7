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

class InputReaderTest {

    @TempDir
    Path dir;

    private static List<InputItem> read(int maxChars, String... inputs) {
        List<InputItem> items = new ArrayList<>();
        try (InputReader reader = new InputReader(List.of(inputs), maxChars,
            new ByteArrayInputStream("Text von der Standardeingabe.".getBytes(StandardCharsets.UTF_8)))) {
            reader.forEachRemaining(items::add);
        }
        return items;
    }

    private static InputItem.Article article(InputItem item) {
        return assertInstanceOf(InputItem.Article.class, item);
    }

    private static InputItem.Failure failure(InputItem item) {
        return assertInstanceOf(InputItem.Failure.class, item);
    }

    @Test
    void textFileIsOneArticleNamedAfterTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("kiew-bericht.txt"), "\uFEFFKiew meldet Angriffe.");
        InputItem.Article item = article(read(1000, file.toString()).get(0));
        assertEquals("kiew-bericht", item.document().id());
        assertEquals("Kiew meldet Angriffe.", item.document().text());
        assertEquals(List.of(), item.document().warnings());
    }

    @Test
    void directoryIsReadRecursivelyInPathOrderSkippingOtherFiles() throws IOException {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/zwei.txt"), "Zwei.");
        Files.writeString(dir.resolve("eins.txt"), "Eins.");
        Files.writeString(dir.resolve("bild.png"), "not text");
        List<String> ids = read(1000, dir.toString()).stream().map(i -> article(i).document().id()).toList();
        assertEquals(List.of("zwei", "eins"), ids);
    }

    @Test
    void jsonlRecordsCarryTheirMetadataAndBrokenLinesAreReportedWithTheirNumber() throws IOException {
        Path file = Files.writeString(dir.resolve("export.jsonl"), String.join("\n",
            "{\"id\": \"a1\", \"text\": \"Erster Text.\", \"title\": \"Titel\", \"url\": \"https://x.de/1\", \"published\": \"2023-11-04\"}",
            "{\"id\": \"a2\", \"text\": ",
            "",
            "{\"id\": \"a3\"}",
            "[1, 2]",
            "{\"text\": \"Ohne Id.\"}",
            "{\"id\": \"a5\", \"text\": \"Abgeschnitte"));
        List<InputItem> items = read(1000, file.toString());
        assertEquals(6, items.size());
        InputItem.Article first = article(items.get(0));
        assertEquals("a1", first.document().id());
        assertEquals(file + ":1", first.document().source());
        assertEquals("Titel", first.document().input().title());
        assertEquals("https://x.de/1", first.document().input().url());
        assertEquals("2023-11-04", first.document().input().published());
        assertEquals(2, failure(items.get(1)).line());
        assertEquals("record has no \"text\" or \"html\"", failure(items.get(2)).message());
        assertEquals(4, failure(items.get(2)).line());
        assertEquals("not a JSON object", failure(items.get(3)).message());
        assertEquals("export-6", article(items.get(4)).document().id());
        assertEquals(7, failure(items.get(5)).line());
    }

    @Test
    void csvExportColumnsAreFoundInAnyCaseAndHtmlRecordsBecomePages() throws IOException {
        Path file = Files.writeString(dir.resolve("db.csv"), "Id,TEXT,html,Published\n"
            + "a,\"Ein Text, mit Komma\nund Zeilenumbruch.\",,2024-01-02\n"
            + "b,,<p>Seite</p>,\n");
        List<InputItem> items = read(1000, file.toString());
        InputItem.Article first = article(items.get(0));
        assertEquals("a", first.document().id());
        assertEquals("Ein Text, mit Komma\nund Zeilenumbruch.", first.document().text());
        assertEquals("2024-01-02", first.document().input().published());
        InputItem.Page page = assertInstanceOf(InputItem.Page.class, items.get(1));
        assertEquals("b", page.id());
        assertEquals("<p>Seite</p>", new String(page.html(), StandardCharsets.UTF_8));
    }

    @Test
    void csvWithoutTextColumnIsReportedOnce() throws IOException {
        Path file = Files.writeString(dir.resolve("falsch.csv"), "id,body\n1,x\n2,y\n");
        List<InputItem> items = read(1000, file.toString());
        assertEquals(1, items.size());
        assertEquals("no \"text\" or \"html\" column in the header", failure(items.get(0)).message());
    }

    @Test
    void emptyAndBinaryFilesAreReportedNotRead() throws IOException {
        Path empty = Files.writeString(dir.resolve("leer.txt"), "  \n\n");
        Path binary = Files.write(dir.resolve("bild.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        List<InputItem> items = read(1000, empty.toString(), binary.toString());
        assertEquals("empty: no text to annotate", failure(items.get(0)).message());
        assertEquals("binary file, not text (it contains NUL or control bytes)", failure(items.get(1)).message());
    }

    @Test
    void latin1TextIsDecodedAndFlagged() throws IOException {
        Path file = Files.write(dir.resolve("alt.txt"), "Müller grüßt.".getBytes(StandardCharsets.ISO_8859_1));
        InputItem.Article item = article(read(1000, file.toString()).get(0));
        assertEquals("Müller grüßt.", item.document().text());
        assertEquals(List.of("not valid UTF-8: bytes outside UTF-8 sequences read as windows-1252"), item.document().warnings());
    }

    @Test
    void mixedUtf8AndLatin1KeepsBothParts() throws IOException {
        byte[] utf8 = "Grüße aus Köln, ".getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "Müller".getBytes(StandardCharsets.ISO_8859_1);
        byte[] mixed = new byte[utf8.length + latin1.length];
        System.arraycopy(utf8, 0, mixed, 0, utf8.length);
        System.arraycopy(latin1, 0, mixed, utf8.length, latin1.length);
        Path file = Files.write(dir.resolve("gemischt.txt"), mixed);
        assertEquals("Grüße aus Köln, Müller", article(read(1000, file.toString()).get(0)).document().text());
    }

    @Test
    void decomposedUmlautsAreComposed() throws IOException {
        Path file = Files.writeString(dir.resolve("nfd.txt"), "Mu\u0308nchen");
        assertEquals("München", article(read(1000, file.toString()).get(0)).document().text());
    }

    @Test
    void tooLongArticleIsReportedWithTheLimit() throws IOException {
        Path file = Files.writeString(dir.resolve("lang.txt"), "x".repeat(2000));
        assertEquals("article too long: 2,000 characters, the limit is 1,000 (raise it with --max-chars)",
            failure(read(1000, file.toString()).get(0)).message());
    }

    @Test
    void missingAndUnsupportedFilesAreReported() throws IOException {
        Path html = Files.writeString(dir.resolve("seite.pdf"), "%PDF");
        List<InputItem> items = read(1000, dir.resolve("fehlt.txt").toString(), html.toString());
        assertEquals("no such file or directory", failure(items.get(0)).message());
        assertEquals("unsupported file type (expected .txt, .html, .htm, .jsonl, .csv, .warc or .warc.gz)", failure(items.get(1)).message());
    }

    @Test
    void loneSurrogatesAreReplacedInPlace() {
        assertEquals("a\uFFFDb\uD83D\uDE00c\uFFFD", TextDecoder.withoutLoneSurrogates("a\uDC00b\uD83D\uDE00c\uD800"));
        assertEquals(null, TextDecoder.withoutLoneSurrogates("ganz normal \uD83D\uDE00"));
    }

    @Test
    void dashReadsStandardInput() {
        InputItem.Article item = article(read(1000, "-").get(0));
        assertEquals("stdin", item.document().id());
        assertEquals("Text von der Standardeingabe.", item.document().text());
    }
}
