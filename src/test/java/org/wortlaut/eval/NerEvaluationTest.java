package org.wortlaut.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wortlaut.model.Document;
import org.wortlaut.model.Entity;
import org.wortlaut.model.EntityType;

/** The GermEval scorer on a two-sentence file and a tagger with known answers. */
class NerEvaluationTest {

    @TempDir
    Path dir;

    /** Tags "Berlin" LOC, "EU-Kommission" ORG and (wrongly) "Der" PER wherever they occur. */
    private static final UnaryOperator<Document> TAGGER = document -> {
        List<Entity> found = new ArrayList<>();
        for (String word : List.of("Der", "Berlin", "EU-Kommission")) {
            int at = document.text().indexOf(word);
            if (at >= 0) {
                EntityType type = word.equals("Berlin") ? EntityType.LOC
                    : word.equals("Der") ? EntityType.PER : EntityType.ORG;
                found.add(new Entity("e" + found.size(), at, at + word.length(), word, type, word, null, null, null));
            }
        }
        return document.withEntities(found, List.of());
    };

    private NerEvaluation.Report report() throws Exception {
        Path gold = Files.writeString(dir.resolve("g.tsv"), String.join("\n",
            "# http://example.org [2014-01-01]",
            "1\tDer\tO\tO", "2\tEuro\tB-OTH\tO", "3\tfiel\tO\tO", "4\tin\tO\tO", "5\tBerlin\tB-LOC\tO", "6\t.\tO\tO",
            "",
            "# http://example.org [2014-01-01]",
            "1\tDie\tO\tO", "2\tEU-Kommission\tB-ORGpart\tB-ORG", "3\ttagte\tO\tO", "4\t.\tO\tO",
            ""));
        return NerEvaluation.evaluate(gold, TAGGER);
    }

    @Test
    void partLabelsCountNeitherWayInTheBaseTypes() throws Exception {
        NerEvaluation.Report report = report();
        assertEquals(List.of(1.0, 1.0, 1.0), List.of(report.overall().truePositives(),
            report.overall().falsePositives(), report.overall().falseNegatives()));
    }

    @Test
    void theOfficialScoreCountsPartLabels() throws Exception {
        NerEvaluation.Report report = report();
        assertEquals(List.of(1.0, 2.0, 2.0), List.of(report.official().truePositives(),
            report.official().falsePositives(), report.official().falseNegatives()));
    }

    @Test
    void currencyNamesLeaveTheGoldOfTheStarredScore() throws Exception {
        NerEvaluation.Report report = report();
        assertEquals(List.of(1.0, 1.0, 0.0), List.of(report.withoutNeverNamed().truePositives(),
            report.withoutNeverNamed().falsePositives(), report.withoutNeverNamed().falseNegatives()));
    }

    @Test
    void everyMissAndFalseAlarmIsListedWithItsSentence() throws Exception {
        assertEquals(List.of("MISS  OTH\tEuro\tDer Euro fiel in Berlin .", "FALSE PER\tDer\tDer Euro fiel in Berlin ."),
            report().errors());
    }
}
