package org.wortlaut.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the project's own resources from {@code models/} (on the class path under
 * {@code wortlaut/}): one entry per line, {@code #} starts a comment line, columns are separated
 * by tabs.
 */
public final class Lexicon {

    private Lexicon() {
    }

    /** The non-blank, non-comment lines of a resource, each split at tabs. */
    public static List<List<String>> rows(String path) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines(path)) {
            rows.add(List.of(line.split("\t")));
        }
        return rows;
    }

    /** The first column of every entry. */
    public static List<String> entries(String path) {
        return rows(path).stream().map(row -> row.get(0)).toList();
    }

    private static List<String> lines(String path) {
        String resource = "/wortlaut/" + path;
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
