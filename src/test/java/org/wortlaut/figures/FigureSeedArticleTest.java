package org.wortlaut.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.wortlaut.figures.FigureFixture.figure;
import static org.wortlaut.figures.FigureFixture.n;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wortlaut.model.Document;
import org.wortlaut.model.Figure;
import org.wortlaut.model.FigureType;
import org.wortlaut.model.FigureValue;
import org.wortlaut.model.Qualifier;

/** The figures of a real article page; skipped when the shared data directory is absent. */
class FigureSeedArticleTest {

    private static final String SEED = "seed/000_69b0c0a304327b38.txt";
    private static Document document;

    @BeforeAll
    static void annotateSeed() throws IOException {
        assumeTrue(FigureFixture.sharedFileExists(SEED), "shared seed article not available");
        document = FigureFixture.annotate(Files.readString(FigureFixture.shared().resolve(SEED)), false);
    }

    @Test
    void money() {
        check("rund 43 Milliarden Dollar", FigureType.MONEY, n("43000000000"), "USD", Qualifier.APPROX);
        check("fünf Milliarden Dollar", FigureType.MONEY, n("5000000000"), "USD", null);
    }

    @Test
    void percentages() {
        check("41 Prozent", FigureType.PERCENT, n("41"), "%", null);
        check("24 Prozent", FigureType.PERCENT, n("24"), "%", null);
    }

    @Test
    void datesTimesDurations() {
        check("drei Monate", FigureType.DURATION, FigureValue.iso("P3M"), null, null);
        check("April 2022", FigureType.DATE, FigureValue.iso("2022-04"), null, null);
        check("2 min", FigureType.DURATION, FigureValue.iso("PT2M"), null, null);
        Figure date = first("04.11.2023");
        assertEquals(FigureType.DATE, date.type());
        assertEquals(FigureValue.iso("2023-11-04"), date.value());
        Figure time = first("18:33");
        assertEquals(FigureType.TIME, time.type());
        assertEquals(FigureValue.iso("18:33"), time.value());
    }

    @Test
    void figuresStayInsideSentences() {
        FigureFixture.assertWithinSentences(document);
    }

    private static void check(String span, FigureType type, FigureValue value, String unit, Qualifier qualifier) {
        Figure f = figure(document.figures(), span);
        assertEquals(type, f.type(), span);
        assertEquals(value, f.value(), span);
        assertEquals(unit, f.unit(), span);
        assertEquals(qualifier, f.qualifier(), span);
    }

    /** The page repeats its date line; the first is the one under test. */
    private static Figure first(String span) {
        List<Figure> hits = document.figures().stream().filter(f -> f.text().equals(span)).toList();
        assumeTrue(!hits.isEmpty(), () -> "no figure " + span + " in " + FigureFixture.describe(document.figures()));
        return hits.get(0);
    }
}
