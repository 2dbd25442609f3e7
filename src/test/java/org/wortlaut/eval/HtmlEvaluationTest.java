package org.wortlaut.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlEvaluationTest {

    private static final String PAGE = "<html><head><title>Test</title></head><body>"
        + "<nav><a href=\"/\">Startseite</a> <a href=\"/x\">Ressorts</a></nav><article><h1>Ein Titel</h1>"
        + "<p>Der erste Absatz des Artikels ist lang genug, um als Text zu gelten, und hat ein Komma.</p>"
        + "<p>Der zweite   Absatz\nfolgt hier, auch er mit einem Komma und einem Punkt am Ende.</p></article>"
        + "<footer>Impressum und Kontakt</footer></body></html>";

    @Test
    void countsFoundAndMissedStringsAfterFoldingWhiteSpace(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("pages"));
        Files.writeString(dir.resolve("pages/a.html"), PAGE);
        Files.writeString(dir.resolve("gold.jsonl"), "{\"file\": \"a.html\", \"url\": \"https://example.org/a\", "
            + "\"with\": [\"Der zweite Absatz folgt hier\", \"erste Absatz des Artikels\", \"nicht auf der Seite\"], "
            + "\"without\": [\"Impressum\", \"Startseite\", \"Ein Titel\"]}\n");
        HtmlEvaluation.Report report = HtmlEvaluation.evaluate(dir.resolve("gold.jsonl"), dir.resolve("pages"));
        assertEquals(1, report.pages());
        assertEquals(new Counts(2, 0, 1), report.counts());
        assertEquals(0.8, report.f1(), 1e-9);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.print(new PrintStream(out, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("P 1.0000  R 0.6667  F1 0.8000"), printed);
        assertTrue(printed.contains("pages per second"), printed);
    }

    @Test
    void intrudingStringsAreFalsePositives(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("pages"));
        Files.writeString(dir.resolve("pages/a.html"), PAGE);
        Files.writeString(dir.resolve("gold.jsonl"), "{\"file\": \"a.html\", \"url\": null, "
            + "\"with\": [\"erste Absatz\"], \"without\": [\"mit einem Komma und einem Punkt\"]}\n");
        HtmlEvaluation.Report report = HtmlEvaluation.evaluate(dir.resolve("gold.jsonl"), dir.resolve("pages"));
        assertEquals(new Counts(1, 1, 0), report.counts());
        assertEquals(1, report.results().get(0).intruded().size());
    }

    @Test
    void noBreakSpacesFoldLikeSpaces() {
        assertEquals("erste Absatz des Artikels", HtmlEvaluation.fold(" erste\u00A0Absatz \n des\tArtikels "));
    }
}
