package org.wortlaut.io;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A JSONL file, one JSON object per line; a line that is not one is reported, and reading goes on.
 * A line longer than {@code --max-bytes} is skipped unread and reported.
 */
final class JsonlRecords implements RecordFile {

    private final Path path;
    private final String stem;
    private final InputLimits limits;
    private final BufferedReader reader;
    private final String encodingWarning;
    private final ObjectMapper mapper;
    private int line;

    JsonlRecords(Path path, String stem, InputLimits limits) throws IOException {
        this.path = path;
        this.stem = stem;
        this.limits = limits;
        RecordText.Opened opened = RecordText.open(path);
        this.reader = new BufferedReader(opened.reader());
        this.encodingWarning = opened.warning();
        // a string can be as long as a line may be, and no longer
        this.mapper = Json.MAPPER.copy();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
            .maxStringLength((int) Math.min(limits.maxBytes(), Integer.MAX_VALUE - 1)).build());
    }

    @Override
    public InputItem next() {
        try {
            Line text;
            do {
                text = readLine();
                line++;
            } while (text != null && !text.tooLong() && text.text().isBlank());
            if (text == null) {
                return null;
            }
            if (text.tooLong()) {
                return new InputItem.Failure(null, path.toString(), line, limits.tooManyBytes("record", -1));
            }
            return parse(text.text());
        } catch (IOException e) {
            return new InputItem.Failure(null, path.toString(), line, "cannot read: " + e.getMessage());
        }
    }

    /** One line, or the mark that it was longer than {@code --max-bytes} (then its rest is skipped). */
    private record Line(String text, boolean tooLong) {
    }

    private Line readLine() throws IOException {
        StringBuilder text = new StringBuilder();
        long bytes = 0;
        boolean tooLong = false;
        int c = reader.read();
        if (c < 0) {
            return null;
        }
        while (c >= 0 && c != '\n') {
            bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate((char) c) ? 2 : 3;
            if (bytes > limits.maxBytes()) {
                tooLong = true;
                text = new StringBuilder();
            } else if (!tooLong) {
                text.append((char) c);
            }
            c = reader.read();
        }
        return new Line(text.toString(), tooLong);
    }

    private InputItem parse(String json) {
        JsonNode record;
        try {
            record = mapper.readTree(json);
        } catch (IOException e) {
            return new InputItem.Failure(null, path.toString(), line, "malformed JSON: " + firstLine(e.getMessage()));
        }
        if (record == null || !record.isObject()) {
            return new InputItem.Failure(null, path.toString(), line, "not a JSON object");
        }
        List<String> warnings = new ArrayList<>();
        if (encodingWarning != null) {
            warnings.add(encodingWarning);
        }
        for (String field : List.of("text", "html")) {
            JsonNode value = record.get(field);
            if (value != null && value.isContainerNode()) {
                return new InputItem.Failure(textField(record, "id"), path.toString(), line,
                    "\"" + field + "\" is " + (value.isArray() ? "an array" : "an object") + ", not a string");
            }
            if (value != null && (value.isNumber() || value.isBoolean())) {
                warnings.add(String.format(Locale.ROOT, "\"%s\" is a %s, not a string: read as \"%s\"", field,
                    value.isNumber() ? "number" : "boolean", value.asText()));
            }
        }
        return RecordFields.toItem(name -> textField(record, name), path.toString(), stem, line, limits, warnings);
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
