package org.wortlaut;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.wortlaut.io.Json;
import org.wortlaut.model.Document;
import org.wortlaut.model.InputInfo;

/** Real output validates against the published JSON Schema. */
class SchemaTest {

    private static final JsonSchema SCHEMA = load();

    private static JsonSchema load() {
        try (InputStream in = SchemaTest.class.getResourceAsStream("/schema/document.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Set<ValidationMessage> validate(Document document) throws IOException {
        JsonNode json = Json.MAPPER.readTree(Json.COMPACT.writeValueAsString(document));
        return SCHEMA.validate(json);
    }

    @Test
    void everyCorpusArticleValidates() throws IOException {
        List<Path> articles;
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            articles = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertFalse(articles.isEmpty());
        for (Path article : articles) {
            Document document = TestChain.page().annotate(
                Document.of(article.getFileName().toString(), article.toString(), InputInfo.NONE, Files.readString(article)));
            assertEquals(Set.of(), validate(document), article.toString());
        }
    }

    @Test
    void schemaRejectsWhatTheContractForbids() throws IOException {
        Document document = TestChain.plain().annotate("t", "Kiew meldet 41 Prozent.");
        JsonNode json = Json.MAPPER.readTree(Json.COMPACT.writeValueAsString(document));
        ((com.fasterxml.jackson.databind.node.ObjectNode) json).put("extra", 1);
        ((com.fasterxml.jackson.databind.node.ObjectNode) json).remove("readingTime");
        assertEquals(2, SCHEMA.validate(json).size());
    }
}
