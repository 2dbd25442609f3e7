package org.wortlaut.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimsEvaluationTest {

    private static final String DOCS = "{\"doc\": \"d1\", \"text\": \"Die Quote sank auf 5,7 Prozent. "
        + "„Wir stellen 300 Leute ein“, sagte Müller.\"}\n";

    @Test
    void aQuotedFigureIsRightOnlyWithTheGoldSpeaker(@TempDir Path directory) throws IOException {
        Path docs = directory.resolve("docs.jsonl");
        Files.writeString(docs, DOCS);
        Path gold = directory.resolve("gold.jsonl");
        Files.writeString(gold, """
            {"doc": "d1", "start": 19, "end": 30, "text": "5,7 Prozent", "source": "QUOTE", "quoteType": "Indirect", "speaker": [{"start": 0, "end": 9, "text": "Die Quote"}], "cue": []}
            {"doc": "d1", "start": 45, "end": 48, "text": "300", "source": "QUOTE", "quoteType": "Direct", "speaker": [{"start": 67, "end": 73, "text": "Müller"}], "cue": []}
            """);
        ClaimsEvaluation.Report report = ClaimsEvaluation.evaluate(gold, docs);
        assertEquals(2, report.figures());
        assertEquals(0.5, report.sourceAccuracy());
        assertEquals(new Counts(1, 0, 1), report.quoted());
        assertEquals(List.of("d1\t5,7 Prozent\tDie Quote\tARTICLE\tDie Quote sank auf 5,7 Prozent."), report.wrong());
    }
}
