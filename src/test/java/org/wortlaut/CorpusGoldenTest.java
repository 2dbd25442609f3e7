package org.wortlaut;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.wortlaut.model.Document;
import org.wortlaut.model.InputInfo;

/**
 * Golden files for whole articles: every article of {@code corpus/} is annotated and its summary
 * compared with {@code src/test/resources/golden/NAME.txt}. After a deliberate change, rewrite
 * them with {@code mvn test -Dtest=CorpusGoldenTest -Dwortlaut.updateGolden=true}, read the diff,
 * and commit it with the change.
 */
class CorpusGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TestFactory
    Stream<DynamicTest> everyCorpusArticleMatchesItsGoldenFile() throws IOException {
        List<Path> articles;
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            articles = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(articles.size() >= 10, "corpus/ holds at least ten articles");
        return articles.stream().map(article -> DynamicTest.dynamicTest(article.getFileName().toString(), () -> {
            String id = article.getFileName().toString().replaceFirst("\\.txt$", "");
            Document document = TestChain.page().annotate(
                Document.of(id, "corpus/" + article.getFileName(), InputInfo.NONE, Files.readString(article)));
            String summary = GoldenSummary.of(document);
            Path golden = GOLDEN.resolve(id + ".txt");
            if (Boolean.getBoolean("wortlaut.updateGolden")) {
                Files.createDirectories(GOLDEN);
                Files.writeString(golden, summary);
            }
            assertTrue(Files.exists(golden), "no golden file " + golden + "; write it with -Dwortlaut.updateGolden=true");
            assertEquals(Files.readString(golden), summary, id);
        }));
    }
}
