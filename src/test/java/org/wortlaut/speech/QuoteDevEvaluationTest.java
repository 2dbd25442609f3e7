package org.wortlaut.speech;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.wortlaut.eval.SpeechEvaluation;
import org.wortlaut.eval.SpeechEvaluation.Report;
import org.wortlaut.eval.SpeechEvaluation.TypeFigures;

/**
 * Keeps the figures on the development set from sliding: floors just under what the release
 * reaches, for direct quotations and for the reported speech outside quotation marks.
 */
class QuoteDevEvaluationTest {

    @Test
    void devFiguresStayAboveTheirFloors() {
        Path gold = Path.of(System.getProperty("wortlaut.shared", "../shared"), "eval", "speech", "dev.jsonl");
        assumeTrue(Files.isRegularFile(gold), "shared speech gold data not present");
        Report report = SpeechEvaluation.evaluate(gold);
        TypeFigures direct = report.type("Direct");
        assertAbove("Direct quote recall", direct.quoteRecall(), 0.89);
        assertAbove("Direct message recall", direct.role("message").recall(), 0.89);
        assertAbove("Direct message precision", direct.role("message").precision(), 0.96);
        assertAbove("Direct cue recall", direct.role("cue").recall(), 0.60);
        assertAbove("Direct cue F1", direct.role("cue").f1(), 0.71);
        assertAbove("Direct speaker recall", direct.role("speaker").recall(), 0.61);
        assertAbove("Direct speaker F1", direct.role("speaker").f1(), 0.71);
        assertAbove("Direct addressee F1", direct.role("addressee").f1(), 0.50);
        assertAbove("Indirect quote recall", report.type("Indirect").quoteRecall(), 0.77);
        assertAbove("FreeIndirect quote recall", report.type("FreeIndirect").quoteRecall(), 0.42);
        assertAbove("IndirectFreeIndirect quote recall", report.type("IndirectFreeIndirect").quoteRecall(), 0.50);
        assertAbove("Reported quote recall", report.type("Reported").quoteRecall(), 0.37);
        assertAbove("message F1", report.messageF1(), 0.71);
        assertAbove("cue F1", report.cueF1(), 0.70);
        assertAbove("speaker F1", report.speakerF1(), 0.64);
    }

    private static void assertAbove(String what, double value, double floor) {
        assertTrue(value >= floor, what + " " + value + " fell below " + floor);
    }
}
