package org.wortlaut.anatomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wortlaut.anatomy.AnatomyFixture.analyse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wortlaut.model.ZoneKind;

/**
 * Skip links, source lines, programme notes, audio and video players and photo credits are page
 * furniture or caption, never body: their dates and numbers are not the article's.
 */
class PageFurnitureTest {

    private static final String HEADLINE = "Feuerwehr rettet Familie aus brennendem Haus";
    private static final String TEASER = "In der Nacht zum Sonntag ist in Fulda ein Wohnhaus in Brand geraten. "
        + "Die Feuerwehr rettete fünf Menschen.";
    private static final String BODY_1 = "Der Brand brach nach Angaben der Polizei gegen zwei Uhr im Keller aus, "
        + "die Ursache ist noch unklar.";
    private static final String BODY_2 = "Die Feuerwehr war mit 40 Einsatzkräften vor Ort, verletzt wurde nach "
        + "ersten Angaben niemand.";

    private static AnatomyFixture.Analysed page(String... lines) {
        return analyse(String.join("\n\n", lines) + "\n");
    }

    @Test
    void skipLinksAreNeitherRubricNorSubheading() {
        for (String skip : List.of("Hauptinhalt", "Zum Inhalt springen", "Direkt zum Inhalt", "Zur Navigation",
            "Navigation überspringen")) {
            AnatomyFixture.Analysed top = page(skip, "Hessen", HEADLINE, TEASER, "Von Anna Schmidt", BODY_1, BODY_2);
            assertEquals(ZoneKind.BOILERPLATE, top.kindOf(skip), skip);
            assertEquals("Hessen", top.article().section(), skip);
            AnatomyFixture.Analysed inside = page(HEADLINE, TEASER, "Von Anna Schmidt", BODY_1, skip, BODY_2);
            assertEquals(ZoneKind.BOILERPLATE, inside.kindOf(skip), skip);
        }
    }

    /** Sets each line between two body paragraphs and asserts its kind. */
    private static void assertKindBetweenParagraphs(ZoneKind kind, List<String> lines) {
        for (String line : lines) {
            AnatomyFixture.Analysed page = page(HEADLINE, TEASER, "Von Anna Schmidt", BODY_1, line, BODY_2);
            assertEquals(kind, page.kindOf(line.substring(0, Math.min(12, line.length()))), line);
        }
    }

    @Test
    void newSectionMarkersAreFurniture() {
        assertKindBetweenParagraphs(ZoneKind.BOILERPLATE, List.of("Neuer Abschnitt"));
    }

    @Test
    void sourceLinesAreMetaNotBody() {
        for (String source : List.of("Quelle: MDR THÜRINGEN/ls", "Quelle: dpa, AFP", "Mit Material von dpa",
            "Quellen: Statistisches Bundesamt, eigene Berechnungen")) {
            AnatomyFixture.Analysed page = page(HEADLINE, TEASER, "Von Anna Schmidt", BODY_1, BODY_2, source);
            assertEquals(ZoneKind.META, page.kindOf(source), source);
            assertEquals(List.of("Anna Schmidt"), page.article().authors(), source);
        }
    }

    @Test
    void aSentenceThatNamesItsSourceStaysBody() {
        assertKindBetweenParagraphs(ZoneKind.BODY,
            List.of("Quelle: Die Zahlen stammen aus einer Umfrage. Sie wurde im Mai unter 1.000 Menschen erhoben."));
    }

    @Test
    void programmeNotesAndPlayersAreFurniture() {
        assertKindBetweenParagraphs(ZoneKind.BOILERPLATE, List.of(
            "Dieses Thema im Programm: MDR THÜRINGEN - Das Radio | MDR THÜRINGEN JOURNAL | 04. November 2023 | 19:00 Uhr",
            "Download der Audiodatei",
            "Wir bieten dieses Audio in folgenden Formaten zum Download an:",
            "Hinweis: Falls die Videodatei nicht startet, laden Sie die Seite neu.",
            "Audio abspielen", "MP3 | 128 kbit/s | 4,3 MB"));
    }

    @Test
    void shortNamesJoinedToADateAreADateline() {
        assertKindBetweenParagraphs(ZoneKind.META, List.of(
            "MDR THÜRINGEN - Das Radio | MDR THÜRINGEN JOURNAL | 04. November 2023 | 19:00 Uhr",
            "Das Erste | tagesschau | 04.11.2023 20:00 Uhr",
            "28.04.2021 - 07:18 | Quelle: dpa-AFX | Lesedauer etwa 4 min."));
    }

    @Test
    void aSentenceWithABarStaysBody() {
        assertKindBetweenParagraphs(ZoneKind.BODY, List.of(
            "Am 04.11.2023 tagte der Rat | und beschloss nach langer Debatte die neue Satzung für den Bezirk."));
    }

    @Test
    void captionsEndingInACompoundCreditAreCaptions() {
        assertKindBetweenParagraphs(ZoneKind.CAPTION, List.of(
            "Die Feuerwehr rückte am 3. Mai 2019 mit 40 Kräften an. Archivfoto: ON",
            "Das Haus am Morgen nach dem Brand. Foto: dpa", "Der Keller brannte aus. Symbolbild: Pixabay",
            "Einsatzkräfte vor dem Haus (Pressefoto: Polizei Osthessen)"));
    }

    @Test
    void aWordEndingInBildInsideASentenceKeepsItBody() {
        assertKindBetweenParagraphs(ZoneKind.BODY, List.of(
            "Das Leitbild: Die Stadt will bis 2030 klimaneutral werden. So steht es im Plan der Verwaltung."));
    }

    @Test
    void webPagesLeaveTheSameFurnitureOutOfTheirText() {
        String html = "<html lang=\"de\"><head></head><body><a class=\"skip\" href=\"#main\">Hauptinhalt</a>"
            + "<main id=\"main\"><article><h1>" + HEADLINE + "</h1><p>" + TEASER + "</p>"
            + "<h2>Neuer Abschnitt</h2><p>" + BODY_1 + "</p>"
            + "<div class=\"img\"><p>Die Feuerwehr rückte am 3. Mai 2019 mit 40 Kräften an. Archivfoto: ON</p></div>"
            + "<div class=\"player\"><p>Download der Audiodatei</p>"
            + "<p>Wir bieten dieses Audio in folgenden Formaten zum Download an:</p></div>"
            + "<p>" + BODY_2 + "</p><p>Quelle: MDR THÜRINGEN/ls</p>"
            + "<p>Dieses Thema im Programm: MDR THÜRINGEN - Das Radio | 04. November 2023 | 19:00 Uhr</p>"
            + "</article></main></body></html>";
        ExtractedPage page = new HtmlExtractor().extract(html.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(String.join("\n\n", HEADLINE, TEASER, BODY_1, BODY_2), page.text());
        assertNull(page.article().section());
        assertFalse(page.text().contains("2019"));
        assertTrue(page.article().zones().stream().noneMatch(z -> z.kind() == ZoneKind.SUBHEADING));
    }
}
