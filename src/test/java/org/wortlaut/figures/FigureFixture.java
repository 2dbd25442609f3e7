package org.wortlaut.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.wortlaut.anatomy.BlockSplitter;
import org.wortlaut.model.Document;
import org.wortlaut.model.Figure;
import org.wortlaut.model.FigureType;
import org.wortlaut.model.FigureValue;
import org.wortlaut.model.InputInfo;
import org.wortlaut.model.Qualifier;
import org.wortlaut.sentences.SentenceAnnotator;

/** Runs text through blocks, sentences and figures, and checks single figures by their span text. */
final class FigureFixture {

    static final FigureExtractor EXTRACTOR = new FigureExtractor();
    private static final SentenceAnnotator SENTENCES = new SentenceAnnotator();

    private FigureFixture() {
    }

    static Document annotate(String text, boolean plain) {
        Document document = Document.of("test", "test", InputInfo.NONE, text);
        return EXTRACTOR.annotate(SENTENCES.annotate(new BlockSplitter(plain).annotate(document)));
    }

    static List<Figure> figures(String text) {
        return annotate(text, true).figures();
    }

    /** The one figure whose span is {@code span}; fails listing what was found otherwise. */
    static Figure figure(List<Figure> figures, String span) {
        List<Figure> hits = figures.stream().filter(f -> f.text().equals(span)).toList();
        if (hits.size() != 1) {
            fail("expected one figure \"" + span + "\", found: " + describe(figures));
        }
        return hits.get(0);
    }

    static void assertNumber(String sentence, String span, FigureType type, String value, String unit,
                             Qualifier qualifier) {
        Figure f = figure(figures(sentence), span);
        assertEquals(type, f.type(), span);
        assertEquals(FigureValue.of(new BigDecimal(value)), f.value(), span);
        assertEquals(unit, f.unit(), span);
        assertEquals(qualifier, f.qualifier(), span);
    }

    static void assertNumber(String sentence, String span, FigureType type, String value) {
        assertNumber(sentence, span, type, value, null, null);
    }

    static void assertIso(String sentence, String span, FigureType type, String iso) {
        assertIso(figures(sentence), span, type, iso, null);
    }

    static void assertIso(List<Figure> figures, String span, FigureType type, String iso, Qualifier qualifier) {
        Figure f = figure(figures, span);
        assertEquals(type, f.type(), span);
        assertEquals(FigureValue.iso(iso), f.value(), span);
        assertEquals(qualifier, f.qualifier(), span);
    }

    static void assertRange(Figure f, FigureValue low, FigureValue high) {
        assertEquals(low, f.value(), f.text());
        assertEquals(high, f.valueHigh(), f.text());
    }

    static FigureValue n(String value) {
        return FigureValue.of(new BigDecimal(value));
    }

    /** Asserts that nothing in {@code sentence} is a figure except the listed spans. */
    static void assertOnly(String sentence, String... spans) {
        List<String> found = figures(sentence).stream().map(Figure::text).toList();
        assertEquals(List.of(spans), found, sentence);
    }

    static void assertNoFigure(String sentence) {
        assertOnly(sentence);
    }

    static String describe(List<Figure> figures) {
        return figures.stream().map(f -> f.type() + " \"" + f.text() + "\" " + f.value())
            .collect(Collectors.joining("; ", "[", "]"));
    }

    /** The shared data directory: system property {@code wortlaut.shared}, default {@code ../shared}. */
    static Path shared() {
        return Path.of(System.getProperty("wortlaut.shared", "../shared"));
    }

    static boolean sharedFileExists(String relative) {
        Path path = shared().resolve(relative);
        return Files.isRegularFile(path);
    }

    static void assertWithinSentences(Document document) {
        for (Figure f : document.figures()) {
            assertTrue(f.sentence() >= 0, f.text());
            assertTrue(document.sentences().get(f.sentence()).span().contains(f.span()), f.text());
        }
    }
}
