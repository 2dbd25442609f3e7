package org.wortlaut.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wortlaut.eval.Counts;
import org.wortlaut.eval.SpeechEvaluation;
import org.wortlaut.eval.SpeechEvaluation.Report;

/** The speech evaluation on a one-article gold file written here: pairing and token counts. */
class QuoteEvaluationScoringTest {

    /** „Wir gehen“, sagte Lindqvist. Er ist müde. — tokens 0 to 11. */
    private static final String ARTICLE = """
        {"doc": "t1", "originalText": "„Wir gehen“, sagte Lindqvist. Er ist müde.",
         "tokens": [
          {"id": 0, "text": "„", "charBegin": 0, "charEnd": 1}, {"id": 1, "text": "Wir", "charBegin": 1, "charEnd": 4},
          {"id": 2, "text": "gehen", "charBegin": 5, "charEnd": 10}, {"id": 3, "text": "“", "charBegin": 10, "charEnd": 11},
          {"id": 4, "text": ",", "charBegin": 11, "charEnd": 12}, {"id": 5, "text": "sagte", "charBegin": 13, "charEnd": 18},
          {"id": 6, "text": "Lindqvist", "charBegin": 19, "charEnd": 28}, {"id": 7, "text": ".", "charBegin": 28, "charEnd": 29},
          {"id": 8, "text": "Er", "charBegin": 30, "charEnd": 32}, {"id": 9, "text": "ist", "charBegin": 33, "charEnd": 36},
          {"id": 10, "text": "müde", "charBegin": 37, "charEnd": 41}, {"id": 11, "text": ".", "charBegin": 41, "charEnd": 42}],
         "annotations": [
          {"type": "Direct", "quote": {"tokenIds": [0, 1, 2, 3]}, "cue": {"tokenIds": [5]},
           "speaker": {"tokenIds": [6]}, "addressee": {"tokenIds": []}},
          {"type": "Indirect", "quote": {"tokenIds": [9, 10]}, "cue": {"tokenIds": []},
           "speaker": {"tokenIds": [8]}, "addressee": {"tokenIds": []}}]}
        """.replace("\n", " ");

    @Test
    void pairsTheDirectQuoteAndCountsTheIndirectAsMissed(@TempDir Path directory) throws IOException {
        Path gold = directory.resolve("gold.jsonl");
        Files.writeString(gold, ARTICLE + "\n", StandardCharsets.UTF_8);
        Report report = SpeechEvaluation.evaluate(gold);
        assertEquals(1, report.documents());
        assertEquals(new Counts(4, 0, 2), report.overall().role("message"));
        assertEquals(new Counts(1, 0, 0), report.overall().role("cue"));
        assertEquals(new Counts(1, 0, 1), report.overall().role("speaker"));
        assertEquals(1.0, report.type("Direct").quoteRecall());
        assertEquals(0.0, report.type("Indirect").quoteRecall());
        assertEquals(1.0, report.cueF1());
        assertEquals(List.of("t1\tMISS    Indirect\t[Er]\t[]\t[ist müde]"), report.errors());
    }
}
