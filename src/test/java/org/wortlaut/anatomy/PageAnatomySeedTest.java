package org.wortlaut.anatomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wortlaut.model.Article;
import org.wortlaut.model.ZoneKind;

/** The real page the project started from, marked as a reader would mark it. */
class PageAnatomySeedTest {

    private static AnatomyFixture.Analysed seed;

    @BeforeAll
    static void analyse() throws IOException {
        Optional<Path> file = AnatomyFixture.shared("seed/000_69b0c0a304327b38.txt");
        if (file.isPresent()) {
            seed = AnatomyFixture.analyse(Files.readString(file.get()));
        }
    }

    private static AnatomyFixture.Analysed seed() {
        assumeTrue(seed != null, "../shared is not on this machine");
        return seed;
    }

    @Test
    void headerZones() {
        List<String> rows = seed().rows();
        assertEquals(List.of("section\tPolitik", "headline\tUS-Sender: Washington drängt Ukraine zu",
            "teaser\tVertreter der USA und Westeuropas sollen", "meta\tAutor", "meta\t04.11.2023 18:33",
            "meta\tAktualisiert: 04.11.2023 18:33", "meta\tLesezeit: 2 min",
            "caption\tUS-Sender: Washington drängt Ukraine zu", "caption\tUS-Sicherheitsberater Jake Sullivan: Neu"),
            rows.subList(0, 9));
    }

    @Test
    void bodyWithTwoSubheadingsThenBoilerplateToTheEnd() {
        List<String> rows = seed().rows();
        List<String> kinds = new ArrayList<>();
        for (String row : rows.subList(9, rows.size())) {
            kinds.add(row.substring(0, row.indexOf('\t')));
        }
        int related = rows.indexOf("boilerplate\tMehr zum Thema");
        assertEquals(List.of("body", "subheading", "body", "body", "body", "subheading", "body", "body", "body"),
            kinds.subList(0, related - 9));
        assertEquals(ZoneKind.SUBHEADING, seed().kindOf("Kiews neue Lage"));
        assertEquals(ZoneKind.SUBHEADING, seed().kindOf("Probleme im Kongress"));
        for (String row : rows.subList(related, rows.size())) {
            assertEquals("boilerplate", row.substring(0, row.indexOf('\t')), row);
        }
    }

    @Test
    void metadata() {
        Article article = seed().article();
        assertEquals("Politik", article.section());
        assertEquals("US-Sender: Washington drängt Ukraine zu Gesprächen mit Russland", article.headline());
        assertTrue(article.teaser().startsWith("Vertreter der USA und Westeuropas sollen mit Kiew Geheimgespräche"));
        assertTrue(article.teaser().endsWith("im amerikanischen Außenministerium."));
        assertEquals(List.of(), article.authors());
        assertEquals("2023-11-04T18:33", article.published());
        assertEquals("2023-11-04T18:33", article.updated());
        assertEquals(2, article.statedReadingMinutes());
        assertEquals("de", article.language());
        assertNull(seed().article().zones().stream().filter(z -> z.kind() == null).findAny().orElse(null));
    }
}
