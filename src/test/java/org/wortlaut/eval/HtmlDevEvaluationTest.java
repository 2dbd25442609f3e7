package org.wortlaut.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Main-text extraction on the real development pages must not fall back below what it reached. */
class HtmlDevEvaluationTest {

    private static final double F1_FLOOR = 0.945;

    @Test
    void devPagesKeepTheirF1() {
        Path html = Path.of(System.getProperty("wortlaut.shared", "../shared")).resolve("eval/html");
        assumeTrue(Files.exists(html.resolve("dev.jsonl")), "../shared is not on this machine");
        HtmlEvaluation.Report report = HtmlEvaluation.evaluate(html.resolve("dev.jsonl"), html.resolve("pages"));
        report.print(System.out);
        assertTrue(report.f1() >= F1_FLOOR, "F1 " + report.f1() + " fell below " + F1_FLOOR);
    }
}
