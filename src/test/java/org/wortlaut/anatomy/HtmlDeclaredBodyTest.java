package org.wortlaut.anatomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlDeclaredBodyTest {

    private static final String P1 = "Der Stadtrat hat am Mittwochabend nach langer Debatte eine neue Gebührenordnung "
        + "für das Anwohnerparken beschlossen, die ab dem kommenden Jahr gilt und deutlich teurer ist.";
    private static final String P2 = "Künftig richtet sich die Gebühr nach der Länge des Fahrzeugs, Kleinwagen bis 4,20 "
        + "Meter kosten 120 Euro im Jahr, größere Autos bis zu 240 Euro, wie die Verwaltung mitteilte.";
    private static final String P3 = "Die Opposition kündigte an, die Satzung gerichtlich prüfen zu lassen, weil sie "
        + "die Staffelung nach Fahrzeuglänge für unverhältnismäßig und sozial ungerecht hält, hieß es.";
    private static final String P4 = "Ob die höheren Gebühren tatsächlich dazu führen, dass weniger Autos in den "
        + "Wohnvierteln stehen, soll ein Bericht der Verwaltung nach zwei Jahren zeigen, heißt es im Beschluss.";

    private static final Document PAGE = Jsoup.parse("<html><body><div id=\"teaser\"><p>Kurz gemeldet: "
        + "Parken wird teurer.</p></div><div id=\"story\"><div id=\"part1\"><p>" + P1 + "</p><p>" + P2
        + "</p></div><div id=\"part2\"><p>" + P3 + "</p><p>" + P4 + "</p></div></div></body></html>");

    private final DeclaredBodyLocator locator = new DeclaredBodyLocator();

    @Test
    void theElementShowingTheDeclaredOpeningAndClosingHoldsTheArticle() {
        List<Element> scored = List.of(PAGE.getElementById("part2"));
        String declared = String.join("\n", P1, P2, P3, P4);
        assertEquals(List.of(PAGE.getElementById("story")), locator.refine(PAGE.body(), scored, declared));
    }

    @Test
    void scoredContentThatHoldsTheDeclaredTextStays() {
        List<Element> scored = List.of(PAGE.getElementById("story"));
        assertSame(scored, locator.refine(PAGE.body(), scored, String.join("\n", P1, P2, P3, P4)));
    }

    @Test
    void withoutDeclaredTextTheScoredContentStays() {
        List<Element> scored = List.of(PAGE.getElementById("part2"));
        assertSame(scored, locator.refine(PAGE.body(), scored, null));
        assertSame(scored, locator.refine(PAGE.body(), scored, "Zu kurz."));
    }
}
