package org.wortlaut.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wortlaut.TestChain;
import org.wortlaut.model.Claim;
import org.wortlaut.model.ClaimType;
import org.wortlaut.model.Document;
import org.wortlaut.model.Figure;
import org.wortlaut.model.InputInfo;

class ClaimAttributorTest {

    private static List<String> claims(Document document) {
        return document.claims().stream().map(c -> figureText(document, c) + " → " + c.type() + " " + c.source()
            + " / " + c.sourceEntity()).toList();
    }

    private static String figureText(Document document, Claim claim) {
        return document.figures().stream().filter(f -> f.id().equals(claim.figure())).map(Figure::text).findFirst()
            .orElseThrow();
    }

    @Test
    void figuresInAQuotationBelongToItsSpeakerAndTheRestToTheArticle() {
        Document document = TestChain.plain().annotate("t", "Der Bund gibt rund 43 Milliarden Euro aus. "
            + "„Wir sparen 30 Prozent ein“, sagte Finanzministerin Petra Lindqvist.");
        assertEquals(List.of("rund 43 Milliarden Euro → ARTICLE article / null",
                "30 Prozent → DIRECT Finanzministerin Petra Lindqvist / Petra Lindqvist"),
            claims(document));
        assertEquals(List.of("f1", "f2"), document.claims().stream().map(Claim::figure).toList());
    }

    @Test
    void theArticleIsNamedByTheOutletTheInputGives() {
        Document document = TestChain.plain().annotate(Document.of("t", "t",
            new InputInfo(null, null, null, "Tagesspiegel"), "Die Inflation lag bei 3,8 Prozent."));
        assertEquals(List.of("3,8 Prozent → ARTICLE Tagesspiegel / null"), claims(document));
        assertEquals(ClaimType.ARTICLE, document.claims().get(0).type());
    }

    @Test
    void dateLinesMakeNoClaims() {
        Document document = TestChain.page().annotate("t", "Politik\n\nHaushalt 2024 steht\n\nVon Anna Schmidt\n"
            + "04.11.2023 18:33\n\nDer Bund spart 5 Milliarden Euro. Die Opposition kritisiert das scharf.\n");
        assertEquals(List.of("2024", "5 Milliarden Euro"),
            document.claims().stream().map(c -> figureText(document, c)).toList());
    }

    @Test
    void captionsMakeNoClaims() {
        Document document = TestChain.page().annotate("t", "Hessen\n\nFeuer in Fulda gelöscht\n\nVon Anna Schmidt\n\n"
            + "Die Feuerwehr rückte am 3. Mai 2019 mit 40 Kräften an. Archivfoto: ON\n\n"
            + "Die Feuerwehr war mit 25 Einsatzkräften vor Ort. Verletzt wurde nach ersten Angaben niemand.\n");
        assertEquals(List.of("25"), document.claims().stream().map(c -> figureText(document, c)).toList());
    }
}
