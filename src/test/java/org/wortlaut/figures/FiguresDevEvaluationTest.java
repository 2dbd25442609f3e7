package org.wortlaut.figures;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.wortlaut.eval.FiguresEvaluation;

/** The dev evaluation stays above its floor; skipped when the shared data directory is absent. */
class FiguresDevEvaluationTest {

    /** Just under what the stage reaches on dev, so that a regression fails the build. */
    private static final double STRICT_F1_FLOOR = 0.98;
    private static final double VALUE_ACCURACY_FLOOR = 0.99;

    @Test
    void devScoresStayAboveTheFloor() {
        Path gold = FigureFixture.shared().resolve("eval/figures/dev.jsonl");
        Path docs = FigureFixture.shared().resolve("eval/figures/dev-docs.jsonl");
        assumeTrue(gold.toFile().isFile() && docs.toFile().isFile(), "dev gold data not available");
        FiguresEvaluation.Report report = FiguresEvaluation.evaluate(gold, docs);
        report.print(System.out);
        assertTrue(report.strictF1() >= STRICT_F1_FLOOR, "strict F1 " + report.strictF1());
        assertTrue(report.valueAccuracy() >= VALUE_ACCURACY_FLOOR, "value accuracy " + report.valueAccuracy());
    }
}
