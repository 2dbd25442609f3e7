package org.wortlaut.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wortlaut.model.FigureType;
import org.wortlaut.model.FigureValue;
import org.wortlaut.model.Qualifier;

/** Reads the figures gold files: one mention per JSONL line, and the articles they point into. */
final class FiguresGold {

    /** One figure, gold or predicted, in the shape the scoring compares. */
    record Mention(String doc, int start, int end, String text, FigureType type, FigureValue value,
                   FigureValue valueHigh, String unit, Qualifier qualifier) {

        boolean overlaps(Mention other) {
            return start < other.end && other.start < end;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private FiguresGold() {
    }

    static List<Mention> mentions(Path gold) {
        List<Mention> mentions = new ArrayList<>();
        for (JsonNode node : lines(gold)) {
            mentions.add(new Mention(node.get("doc").asText(), node.get("start").asInt(), node.get("end").asInt(),
                node.path("text").asText(), FigureType.valueOf(node.get("type").asText()), value(node.get("value")),
                value(node.get("valueHigh")), textOrNull(node.get("unit")), qualifier(node.get("qualifier"))));
        }
        return mentions;
    }

    /** Article id to text, in file order. */
    static Map<String, String> documents(Path docs) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (JsonNode node : lines(docs)) {
            texts.put(node.get("doc").asText(), node.get("text").asText());
        }
        return texts;
    }

    private static List<JsonNode> lines(Path path) {
        try {
            List<JsonNode> nodes = new ArrayList<>();
            for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    nodes.add(JSON.readTree(line));
                }
            }
            return nodes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static FigureValue value(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isNumber() ? FigureValue.of(new BigDecimal(node.asText())) : FigureValue.iso(node.asText());
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static Qualifier qualifier(JsonNode node) {
        String label = textOrNull(node);
        if (label == null) {
            return null;
        }
        for (Qualifier q : Qualifier.values()) {
            if (q.label().equals(label)) {
                return q;
            }
        }
        throw new IllegalArgumentException("unknown qualifier " + label);
    }
}
