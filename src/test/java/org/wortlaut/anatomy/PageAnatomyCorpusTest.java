package org.wortlaut.anatomy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample corpus in varied house styles against hand-checked zones: one line per block in
 * {@code src/test/resources/anatomy/expected-zones/}, its kind and its first 40 characters.
 */
class PageAnatomyCorpusTest {

    static Stream<Path> corpus() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void zonesAsMarkedByHand(Path file) throws IOException {
        String expectedName = file.getFileName().toString().replace(".txt", ".tsv");
        AnatomyFixture.Analysed page = AnatomyFixture.analyse(Files.readString(file));
        assertEquals(expected(expectedName), page.rows());
    }

    private static List<String> expected(String name) throws IOException {
        try (InputStream in = PageAnatomyCorpusTest.class.getResourceAsStream("/anatomy/expected-zones/" + name)) {
            if (in == null) {
                throw new IOException("no expected zones for " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .toList();
        }
    }
}
