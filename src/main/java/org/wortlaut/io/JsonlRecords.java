package org.wortlaut.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A JSONL file, one JSON object per line; a line that is not one is reported, and reading goes on. */
final class JsonlRecords implements RecordFile {

    private final Path path;
    private final String stem;
    private final int maxChars;
    private final BufferedReader reader;
    private int line;

    JsonlRecords(Path path, String stem, int maxChars) throws IOException {
        this.path = path;
        this.stem = stem;
        this.maxChars = maxChars;
        this.reader = new BufferedReader(new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8));
    }

    @Override
    public InputItem next() {
        try {
            String text;
            do {
                text = reader.readLine();
                line++;
            } while (text != null && text.isBlank());
            return text == null ? null : parse(text);
        } catch (IOException e) {
            return new InputItem.Failure(null, path.toString(), line, "cannot read: " + e.getMessage());
        }
    }

    private InputItem parse(String json) {
        JsonNode record;
        try {
            record = Json.MAPPER.readTree(json);
        } catch (IOException e) {
            return new InputItem.Failure(null, path.toString(), line, "malformed JSON: " + firstLine(e.getMessage()));
        }
        if (record == null || !record.isObject()) {
            return new InputItem.Failure(null, path.toString(), line, "not a JSON object");
        }
        return RecordFields.toItem(name -> textField(record, name), path.toString(), stem, line, maxChars);
    }

    private static String textField(JsonNode record, String field) {
        JsonNode value = record.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
