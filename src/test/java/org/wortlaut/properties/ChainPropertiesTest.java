package org.wortlaut.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.wortlaut.TestChain;
import org.wortlaut.io.CsvWriter;
import org.wortlaut.io.Json;
import org.wortlaut.model.Document;
import org.wortlaut.model.Entity;
import org.wortlaut.model.Figure;
import org.wortlaut.model.Quote;
import org.wortlaut.model.Role;
import org.wortlaut.model.Sentence;
import org.wortlaut.model.Span;
import org.wortlaut.model.Token;

/** Whatever the text, the chain neither throws nor writes an offset outside it. */
class ChainPropertiesTest {

    private static final List<String> FRAGMENTS = List.of(
        "„", "“", "»", "«", "‚", "‘", "\"", "'", "``", "''", ".", "…", "...", "?", "!", ":", " ", "  ", "\n", "\n\n",
        "\t", "\r\n", "z. B.", "Nr.", "Dr.", "am 7. Juli", "04.11.2023", "18:33", "12.000", "3,2", "%", "€",
        "Prozent", "Milliarden", "Dollar", "sagte", "Merkel", "Berlin", "NBC", "US-", "-", "–", "(", ")", "[",
        "\u200B", "\u00AD", "\u202E", "\uFEFF", "e\u0301", "😀", "👩‍👩‍👧", "\uD800", "\uDC00", "\u0000", "ß", "Ä",
        "der", "Die", "und", "ein", "1.", "II.", "www.x.de", "a@b.de", "###", "—", "\u2028");

    @Provide
    Arbitrary<String> adversarialText() {
        return Arbitraries.oneOf(
            Arbitraries.of(FRAGMENTS).list().ofMaxSize(60).map(parts -> String.join("", parts)),
            Arbitraries.strings().all().ofMaxLength(300),
            Arbitraries.strings().withCharRange('\u0000', '\u00FF').ofMaxLength(300));
    }

    @Property(tries = 150)
    void offsetsStayInsideTheTextAndInOrder(@ForAll("adversarialText") String text) {
        Document document = TestChain.plain().annotate("p", text);
        text = document.text();
        assertEquals(text.length(), document.text().length());
        List<Span> spans = new ArrayList<>();
        document.sentences().stream().map(Sentence::span).forEach(spans::add);
        assertOrderedInside(spans, text);
        assertOrderedInside(document.tokens().stream().map(t -> new Span(t.start(), t.end())).toList(), text);
        assertOrderedInside(document.entities().stream().map(Entity::span).toList(), text);
        assertOrderedInside(document.figures().stream().map(Figure::span).toList(), text);
        for (Token token : document.tokens()) {
            assertEquals(token.text(), text.substring(token.start(), token.end()));
        }
        for (Quote quote : document.quotes()) {
            for (Role role : new Role[] {quote.content(), quote.cue(), quote.speaker(), quote.addressee()}) {
                if (role != null) {
                    assertOrderedInside(role.spans(), text);
                }
            }
        }
    }

    @Property(tries = 100)
    void jsonKeepsTheTextAndEveryAnnotatedString(@ForAll("adversarialText") String text) throws IOException {
        Document document = TestChain.plain().annotate("p", text);
        JsonNode json = Json.MAPPER.readTree(Json.COMPACT.writeValueAsString(document));
        String written = json.get("text").asText();
        assertEquals(document.text(), written);
        for (JsonNode entity : json.get("entities")) {
            assertEquals(entity.get("text").asText(),
                written.substring(entity.get("start").asInt(), entity.get("end").asInt()));
        }
        assertEquals(document.tokens().size(), json.get("tokens").size());
    }

    @Property(tries = 60)
    void csvParsesBackRowForRow(@ForAll("adversarialText") String text) throws IOException {
        Document document = TestChain.plain().annotate("p", text);
        Path dir = Files.createTempDirectory("wortlaut-csv");
        try {
            // cells as written, without formula escaping, so that they read back as the text
            try (CsvWriter writer = new CsvWriter(dir, false, false, false)) {
                writer.write(document);
            }
            List<CSVRecord> sentences = parse(dir.resolve("sentences.csv"));
            assertEquals(document.sentences().size(), sentences.size());
            for (int i = 0; i < sentences.size(); i++) {
                Sentence sentence = document.sentences().get(i);
                assertEquals(document.text().substring(sentence.start(), sentence.end()), sentences.get(i).get("text"));
            }
            assertEquals(document.entities().size(), parse(dir.resolve("entities.csv")).size());
            assertEquals(1, parse(dir.resolve("documents.csv")).size());
        } finally {
            deleteTree(dir);
        }
    }

    /** jqwik has no per-try temporary folder: each try removes its own. */
    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static List<CSVRecord> parse(Path file) throws IOException {
        String content = Files.readString(file);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
            .parse(new StringReader(content)).getRecords();
    }

    private static void assertOrderedInside(List<Span> spans, String text) {
        int previousStart = -1;
        for (Span span : spans) {
            assertTrue(span.start() >= 0 && span.end() <= text.length() && span.start() < span.end(),
                () -> span + " outside text of length " + text.length());
            assertTrue(span.start() >= previousStart, () -> "out of order at " + span);
            previousStart = span.start();
        }
    }
}
