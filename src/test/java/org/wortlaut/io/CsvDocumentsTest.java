package org.wortlaut.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wortlaut.TestChain;
import org.wortlaut.model.Document;
import org.wortlaut.model.InputInfo;

/** documents.csv carries the page's metadata, and where its address came from. */
class CsvDocumentsTest {

    private static final String PAGE = "<html lang=\"de\"><head>"
        + "<link rel=\"canonical\" href=\"https://www.example.org/ausland/gipfel-100.html\">"
        + "<meta property=\"article:section\" content=\"Ausland\"></head><body><article>"
        + "<h1>Gipfel endet ohne Einigung</h1><p>Die Staats- und Regierungschefs der Europäischen Union haben "
        + "sich in der Nacht nicht auf einen gemeinsamen Haushalt einigen können.</p></article></body></html>";

    @TempDir
    Path dir;

    private List<CSVRecord> documents(InputInfo input) throws IOException {
        Document document = TestChain.plain().annotateHtml("gipfel", "gipfel.html", input,
            PAGE.getBytes(StandardCharsets.UTF_8));
        Path out = Files.createDirectories(dir.resolve(input.url() == null ? "page" : "record"));
        try (CsvWriter writer = new CsvWriter(out, false)) {
            writer.write(document);
        }
        try (Reader reader = Files.newBufferedReader(out.resolve("documents.csv"))) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    @Test
    void theUrlAndItsSourceAndTheSection() throws IOException {
        CSVRecord page = documents(InputInfo.NONE).get(0);
        assertEquals("https://www.example.org/ausland/gipfel-100.html", page.get("url"));
        assertEquals("canonical", page.get("url_source"));
        assertEquals("Ausland", page.get("section"));
        CSVRecord record = documents(new InputInfo(null, "https://archiv.example.org/17", null, null)).get(0);
        assertEquals("https://archiv.example.org/17", record.get("url"));
        assertEquals("input", record.get("url_source"));
    }
}
