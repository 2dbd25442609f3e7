package org.wortlaut.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.wortlaut.anatomy.BlockSplitter;
import org.wortlaut.model.Document;
import org.wortlaut.model.Figure;
import org.wortlaut.model.InputInfo;
import org.wortlaut.sentences.SentenceAnnotator;

/** The stage as a whole: sentence indexes, order, sentence boundaries, thread safety. */
class FigureExtractorTest {

    private static final String TEXT = "Bei dem Absturz starben 318 Menschen.\n\n"
        + "Am 24. September 2023 meldete die Polizei gegen 10:30 Uhr weitere drei Tote.";

    @Test
    void figuresCarryTheirSentenceAndAreSorted() {
        Document document = FigureFixture.annotate(TEXT, true);
        List<Figure> figures = document.figures();
        assertEquals(List.of("318", "24. September 2023", "gegen 10:30 Uhr", "drei"),
            figures.stream().map(Figure::text).toList());
        assertEquals(List.of(0, 1, 1, 1), figures.stream().map(Figure::sentence).toList());
        FigureFixture.assertWithinSentences(document);
    }

    @Test
    void nothingOutsideSentences() {
        Document document = Document.of("t", "t", InputInfo.NONE, "Es kamen 318 Menschen.");
        Document noSentences = FigureFixture.EXTRACTOR.annotate(new BlockSplitter(true).annotate(document));
        assertTrue(noSentences.figures().isEmpty());
    }

    @Test
    void oneInstanceServesManyThreads() throws Exception {
        Document prepared = new SentenceAnnotator().annotate(new BlockSplitter(true)
            .annotate(Document.of("t", "t", InputInfo.NONE, TEXT + "\n\nDreiundvierzig Menschen und 2,5 Mio. Euro.")));
        List<Figure> expected = FigureFixture.EXTRACTOR.annotate(prepared).figures();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Figure>>> results = new ArrayList<>();
            for (int k = 0; k < 40; k++) {
                results.add(pool.submit(() -> FigureFixture.EXTRACTOR.annotate(prepared).figures()));
            }
            for (Future<List<Figure>> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
