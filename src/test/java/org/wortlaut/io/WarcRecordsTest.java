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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcRecordsTest {

    @TempDir
    Path dir;

    private Path crawl(String name) throws IOException {
        Path file = dir.resolve(name);
        try (TestWarc warc = new TestWarc(file)) {
            warc.capture("https://www.example.de/netz", 200, "text/html; charset=utf-8", TestWarc.GERMAN_ARTICLE)
                .capture("https://www.example.de/logo.png", 200, "image/png", "\u0089PNG")
                .capture("https://www.example.com/grid", 200, "text/html", TestWarc.ENGLISH_ARTICLE)
                .capture("https://www.example.de/alt", 404, "text/html", TestWarc.GERMAN_ARTICLE)
                .capture("https://www.example.de/netz?print=1", 200, "application/xhtml+xml", TestWarc.GERMAN_ARTICLE);
        }
        return file;
    }

    @Test
    void germanHtmlResponsesBecomePagesAndTheRestIsCountedByReason() throws IOException {
        Path file = crawl("crawl.warc.gz");
        List<InputItem> items = new ArrayList<>();
        InputReader reader = new InputReader(List.of(file.toString()), 1000, new ByteArrayInputStream(new byte[0]));
        reader.forEachRemaining(items::add);
        reader.close();
        assertEquals(2, items.size());
        InputItem.Page first = assertInstanceOf(InputItem.Page.class, items.get(0));
        assertEquals(TestWarc.responseId(1).toString(), first.id());
        assertEquals(file + ":2", first.source());
        assertEquals("https://www.example.de/netz", first.input().url());
        assertEquals("2024-03-01T08:15:00Z", first.input().published());
        assertEquals(TestWarc.GERMAN_ARTICLE, new String(first.html(), StandardCharsets.UTF_8));
        InputItem.Page second = assertInstanceOf(InputItem.Page.class, items.get(1));
        assertEquals(file + ":10", second.source());
        assertEquals(Map.of(WarcRecords.NOT_A_RESPONSE, 5, WarcRecords.NOT_HTML, 1, WarcRecords.NOT_GERMAN, 1,
            WarcRecords.NOT_OK, 1), reader.skipped());
    }

    @Test
    void aCutFileKeepsItsFirstPagesAndReportsTheCutRecord() throws IOException {
        byte[] whole = Files.readAllBytes(crawl("crawl.warc"));
        Path cut = Files.write(dir.resolve("cut.warc"), java.util.Arrays.copyOf(whole, whole.length / 2 + 40));
        List<InputItem> items = new ArrayList<>();
        try (InputReader reader = new InputReader(List.of(cut.toString()), 1000, new ByteArrayInputStream(new byte[0]))) {
            reader.forEachRemaining(items::add);
        }
        assertInstanceOf(InputItem.Page.class, items.get(0));
        InputItem.Failure failure = assertInstanceOf(InputItem.Failure.class, items.get(items.size() - 1));
        assertEquals(cut.toString(), failure.source());
        assertEquals(true, failure.line() > 2, "the cut comes after the first capture");
    }
}
