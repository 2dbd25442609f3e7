package org.wortlaut.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wortlaut.model.Span;

class GoldReadersTest {

    @TempDir
    Path dir;

    @Test
    void conlluSentencesAreJoinedBySpacesAndMultiWordTokensCountOnce() throws IOException {
        Path file = Files.writeString(dir.resolve("g.conllu"), String.join("\n",
            "# newdoc id = d1",
            "# text = Er geht zum Markt.",
            "1\tEr\ter\t_\t_\t_\t_\t_\t_\t_",
            "2\tgeht\tgehen\t_\t_\t_\t_\t_\t_\t_",
            "3-4\tzum\t_\t_\t_\t_\t_\t_\t_\t_",
            "3\tzu\tzu\t_\t_\t_\t_\t_\t_\t_",
            "4\tdem\tder\t_\t_\t_\t_\t_\t_\t_",
            "5\tMarkt\tMarkt\t_\t_\t_\t_\t_\t_\tSpaceAfter=No",
            "6\t.\t.\t_\t_\t_\t_\t_\t_\t_",
            "",
            "# newdoc id = d2",
            "# text = Ja.",
            "1\tJa\tja\t_\t_\t_\t_\t_\t_\tSpaceAfter=No",
            "2\t.\t.\t_\t_\t_\t_\t_\t_\t_",
            ""));
        List<ConlluReader.GoldText> one = ConlluReader.read(file, false);
        assertEquals(1, one.size());
        assertEquals("Er geht zum Markt. Ja.", one.get(0).text());
        assertEquals(List.of(new Span(0, 18), new Span(19, 22)), one.get(0).sentences());
        assertEquals(List.of(new Span(0, 2), new Span(3, 7), new Span(8, 11), new Span(12, 17), new Span(17, 18),
            new Span(19, 21), new Span(21, 22)), one.get(0).tokens());
        assertEquals(2, ConlluReader.read(file, true).size());
    }

    @Test
    void germEvalOuterEntitiesGetCharacterOffsets() throws IOException {
        Path file = Files.writeString(dir.resolve("g.tsv"), String.join("\n",
            "# http://example.org [2009-10-17]",
            "1\tJake\tB-PER\tO",
            "2\tSullivan\tI-PER\tO",
            "3\tlobt\tO\tO",
            "4\tdie\tO\tO",
            "5\tdeutschen\tB-LOCderiv\tO",
            "6\tEU-Pläne\tB-ORGpart\tB-ORG",
            "",
            "# next",
            "1\tNBC\tB-ORG\tO",
            "2\tBerlin\tB-LOC\tO",
            ""));
        List<GermEvalReader.GoldSentence> sentences = GermEvalReader.read(file);
        assertEquals(2, sentences.size());
        assertEquals("Jake Sullivan lobt die deutschen EU-Pläne", sentences.get(0).text());
        assertEquals(List.of(new GermEvalReader.GoldEntity(0, 13, "PER"), new GermEvalReader.GoldEntity(23, 32, "LOCderiv"),
            new GermEvalReader.GoldEntity(33, 41, "ORGpart")), sentences.get(0).entities());
        assertEquals(List.of(new GermEvalReader.GoldEntity(0, 3, "ORG"), new GermEvalReader.GoldEntity(4, 10, "LOC")),
            sentences.get(1).entities());
    }

    @Test
    void countsGivePrecisionRecallAndF1() {
        Counts counts = new Counts(6, 2, 4);
        assertEquals(0.75, counts.precision(), 1e-9);
        assertEquals(0.6, counts.recall(), 1e-9);
        assertEquals(2 * 0.75 * 0.6 / 1.35, counts.f1(), 1e-9);
        assertEquals(0, Counts.ZERO.f1());
    }
}
