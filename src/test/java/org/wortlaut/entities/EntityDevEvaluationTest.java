package org.wortlaut.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.wortlaut.TestChain;
import org.wortlaut.eval.NerEvaluation;

/**
 * The entity stage on the GermEval 2014 development set (strict, outer spans, deriv/part left
 * out): the figures must not fall below what the stage reaches. Skipped where the shared data is
 * absent (its directory comes from the system property {@code wortlaut.shared}, default
 * {@code ../shared}).
 */
class EntityDevEvaluationTest {

    private static final double MIN_F1 = 0.768;

    @Test
    void devF1StaysAboveItsFloor() throws Exception {
        Optional<Path> gold = TestChain.shared("eval/ner/germeval2014-dev.tsv");
        Assumptions.assumeTrue(gold.isPresent(), "no GermEval dev set beside the project");
        NerEvaluation.Report report = NerEvaluation.evaluate(gold.get(), TestChain.plain()::annotate);
        assertTrue(report.f1() >= MIN_F1, "dev F1 " + report.f1() + " below " + MIN_F1);
    }
}
