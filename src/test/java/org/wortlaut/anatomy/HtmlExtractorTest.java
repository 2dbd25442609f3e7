package org.wortlaut.anatomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wortlaut.model.Article;
import org.wortlaut.model.Block;
import org.wortlaut.model.Zone;
import org.wortlaut.model.ZoneKind;

class HtmlExtractorTest {

    private static final HtmlExtractor EXTRACTOR = new HtmlExtractor();

    private static final String LEAD = "Nach langer Debatte hat der Bundestag den Haushalt für das kommende Jahr "
        + "beschlossen, mit knapper Mehrheit.";
    private static final String P1 = "Die Koalition setzte sich mit 368 zu 291 Stimmen durch, nachdem die Opposition "
        + "bis zuletzt Änderungen gefordert hatte.";
    private static final String P2 = "Die Union sprach von einem Haushalt auf Sand, die Linke von sozialer Kälte, "
        + "und auch aus den Ländern kam Kritik.";
    private static final String P3 = "Der Bundesrat befasst sich Ende des Monats mit dem Gesetz, eine Mehrheit gilt "
        + "dort als sicher, heißt es in Berlin.";

    private static final String JSON_LD = """
        <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
          {"@type": "WebSite", "name": "Beispiel"},
          {"@type": "NewsArticle", "headline": "Bundestag beschließt Haushalt",
           "datePublished": "2023-11-04T18:33:00+01:00", "dateModified": "2023-11-05T09:12:00+01:00",
           "author": [{"@type": "Person", "name": "Anna Schmidt"}, {"@type": "Person", "name": "Jan Weber"}],
           "articleSection": "Politik"}]}</script>""";

    private static String page(String head, String article) {
        return "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Haushalt | Beispiel</title>"
            + head + "</head><body>"
            + "<header><nav><ul><li><a href=\"/\">Startseite</a></li><li><a href=\"/politik\">Politik</a></li>"
            + "<li><a href=\"/wirtschaft\">Wirtschaft</a></li></ul></nav></header>"
            + "<div id=\"cookie-banner\">Wir verwenden Cookies, um Ihnen ein besseres Angebot zu machen. "
            + "<button>Alle akzeptieren</button></div>"
            + "<main>" + article + "</main>"
            + "<aside class=\"related-articles\"><h3>Mehr zum Thema</h3><ul>"
            + "<li><a href=\"/a\">Rentenpaket: Was die Reform für die Jahrgänge ab 1964 bedeutet</a></li>"
            + "<li><a href=\"/b\">Halbe Milliarde Euro für neue Chipfabrik in Sachsen</a></li></ul></aside>"
            + "<footer><p>© 2023 Beispiel Verlag. Alle Rechte vorbehalten.</p><a href=\"/impressum\">Impressum</a>"
            + "</footer></body></html>";
    }

    private static String article() {
        return "<article><header><h1>Bundestag beschließt Haushalt</h1><p class=\"intro\">" + LEAD + "</p>"
            + "<div class=\"byline\">Von Anna Schmidt</div></header>"
            + "<figure><img src=\"a.jpg\"><figcaption>Der Plenarsaal. Foto: dpa</figcaption></figure>"
            + "<p>" + P1 + "</p><h2>Kritik aus der Opposition</h2><p>" + P2 + "</p><p>" + P3 + "</p>"
            + "<div class=\"share-buttons\"><a href=\"#\">Facebook</a> <a href=\"#\">WhatsApp</a></div>"
            + "</article>";
    }

    private static ExtractedPage extract(String html) {
        return EXTRACTOR.extract(html.getBytes(StandardCharsets.UTF_8), "https://example.org/haushalt");
    }

    private static List<String> zoneTexts(ExtractedPage page) {
        return page.article().zones().stream()
            .map(z -> z.kind().label() + ": " + page.text().substring(z.start(), z.end()))
            .toList();
    }

    @Test
    void articleTextInBlocksWithoutNavigationFooterRelatedOrWidgets() {
        ExtractedPage page = extract(page(JSON_LD, article()));
        assertEquals(String.join("\n\n", "Bundestag beschließt Haushalt", LEAD, P1, "Kritik aus der Opposition", P2, P3),
            page.text());
        assertEquals(List.of("headline: Bundestag beschließt Haushalt", "teaser: " + LEAD, "body: " + P1,
            "subheading: Kritik aus der Opposition", "body: " + P2 + "\n\n" + P3), zoneTexts(page));
        assertEquals(6, page.blocks().size());
        Block first = page.blocks().get(0);
        assertEquals("Bundestag beschließt Haushalt", page.text().substring(first.start(), first.end()));
    }

    @Test
    void metadataFromJsonLd() {
        Article article = extract(page(JSON_LD, article())).article();
        assertEquals("Bundestag beschließt Haushalt", article.headline());
        assertEquals(LEAD, article.teaser());
        assertEquals("Politik", article.section());
        assertEquals(List.of("Anna Schmidt", "Jan Weber"), article.authors());
        assertEquals("2023-11-04T18:33", article.published());
        assertEquals("2023-11-05T09:12", article.updated());
        assertEquals("de", article.language());
        assertEquals("https://example.org/haushalt", article.url());
    }

    @Test
    void metadataFromOpenGraphAndMetaTags() {
        String head = "<meta property=\"og:title\" content=\"Haushalt beschlossen\">"
            + "<meta property=\"article:section\" content=\"Wirtschaft\">"
            + "<meta property=\"article:published_time\" content=\"2024-03-01T14:27:00Z\">"
            + "<meta property=\"article:modified_time\" content=\"2024-03-01T16:05:00Z\">"
            + "<meta name=\"author\" content=\"Katrin Vogel\">";
        Article article = extract(page(head, "<p>" + P1 + "</p><p>" + P2 + "</p>")).article();
        assertEquals("Haushalt beschlossen", article.headline());
        assertEquals("Wirtschaft", article.section());
        assertEquals(List.of("Katrin Vogel"), article.authors());
        assertEquals("2024-03-01T14:27", article.published());
        assertEquals("2024-03-01T16:05", article.updated());
    }

    @Test
    void publicationDateFromATimeElement() {
        String body = "<article><h1>Haushalt</h1><time datetime=\"2023-11-04\">4. November 2023</time>"
            + "<p>" + P1 + "</p><p>" + P2 + "</p></article>";
        ExtractedPage page = extract(page("", body));
        assertEquals("2023-11-04", page.article().published());
        assertNull(page.article().updated());
        assertFalse(page.text().contains("4. November 2023"));
    }

    @Test
    void latin1BytesDeclaredAsUtf8() {
        String html = "<html><head><meta charset=\"utf-8\"></head><body><article><h1>Grüße aus Köln</h1><p>"
            + "Die Bürgerinnen und Bürger in Köln begrüßen die Pläne für den Rheinboulevard, äußern aber Sorgen.</p>"
            + "<p>Für Anwohner ändert sich zunächst wenig, die Straßen bleiben befahrbar, heißt es im Rathaus.</p>"
            + "</article></body></html>";
        ExtractedPage page = EXTRACTOR.extract(html.getBytes(StandardCharsets.ISO_8859_1), null);
        assertEquals("Grüße aus Köln", page.article().headline());
        assertTrue(page.text().contains("Die Bürgerinnen und Bürger in Köln begrüßen"), page.text());
        assertFalse(page.text().contains("\uFFFD"));
    }

    @Test
    void decomposedUmlautsAreComposed() {
        String decomposed = "Mu\u0308nchen wa\u0308chst weiter, die Einwohnerzahl stieg u\u0308ber 1,5 Millionen.";
        ExtractedPage page = extract(page("", "<p>" + decomposed + "</p><p>" + P1 + "</p>"));
        assertTrue(page.text().contains("München wächst weiter, die Einwohnerzahl stieg über 1,5 Millionen."),
            page.text());
    }

    @Test
    void everyBlockIsInExactlyOneZone() {
        ExtractedPage page = extract(page(JSON_LD, article()));
        for (Block block : page.blocks()) {
            long zones = page.article().zones().stream()
                .filter(z -> z.start() <= block.start() && block.end() <= z.end()).count();
            assertEquals(1, zones);
        }
        List<Zone> zones = page.article().zones();
        assertEquals(ZoneKind.HEADLINE, zones.get(0).kind());
    }

    @Test
    void bylineDateAndReadingTimeLinesFillWhatThePageDoesNotDeclare() {
        String body = "<article><h1>Haushalt</h1><p class=\"author\">Von Anna Schmidt und Jan Weber</p>"
            + "<p>04.11.2023, 18:33 Uhr</p><p>Lesezeit: 3 min</p><p>" + P1 + "</p><p>" + P2 + "</p></article>";
        ExtractedPage page = extract(page("", body));
        Article article = page.article();
        assertEquals(List.of("Anna Schmidt", "Jan Weber"), article.authors());
        assertEquals("2023-11-04T18:33", article.published());
        assertEquals(3, article.statedReadingMinutes());
        assertEquals(String.join("\n\n", "Haushalt", P1, P2), page.text());
    }

    @Test
    void emptyAndTextlessPagesGiveEmptyText() {
        for (String html : List.of("", "<html><head><title></title></head><body></body></html>")) {
            ExtractedPage page = extract(html);
            assertEquals("", page.text());
            assertEquals(List.of(), page.blocks());
            assertEquals(List.of(), page.article().zones());
        }
    }

    @Test
    void bareTextIsItsOwnArticle() {
        ExtractedPage page = extract("Kein HTML, nur ein Satz über den Haushalt.");
        assertEquals("Kein HTML, nur ein Satz über den Haushalt.", page.text());
        assertEquals(List.of(ZoneKind.TEASER), page.article().zones().stream().map(Zone::kind).toList());
    }

    @Test
    void oneExtractorServesManyThreadsAlike() {
        List<String> pages = List.of(page(JSON_LD, article()), page("", "<p>" + P1 + "</p><p>" + P2 + "</p>"),
            page("", "<article><h1>Haushalt</h1><p>" + P3 + "</p></article>"));
        List<String> alone = pages.stream().map(html -> extract(html).text()).toList();
        for (int round = 0; round < 20; round++) {
            List<String> together = pages.parallelStream().map(html -> extract(html).text()).toList();
            assertEquals(alone, together);
        }
    }

    @Test
    void profileLinksAreNoAuthors() {
        String head = "<meta name=\"author\" content=\"https://www.facebook.com/beispielverlag\">";
        assertEquals(List.of(), extract(page(head, "<p>" + P1 + "</p><p>" + P2 + "</p>")).article().authors());
    }

    @Test
    void aShortBoldParagraphIsASubheading() {
        String body = "<article><h1>Haushalt</h1><p>" + P1 + "</p><p><strong>Kritik aus der Opposition</strong></p>"
            + "<p>" + P2 + " <b>Fett im Satz.</b></p></article>";
        assertEquals(List.of("headline: Haushalt", "teaser: " + P1, "subheading: Kritik aus der Opposition",
            "body: " + P2 + " Fett im Satz."), zoneTexts(extract(page("", body))));
    }

    @Test
    void utf8PageWithStrayLatin1BytesKeepsBoth() {
        byte[] utf8 = ("<html><head><meta charset=\"utf-8\"></head><body><article><p>" + P1 + "</p><p>Ein "
            + "Schaf, Standardausführung, weiß, steht auf der Weide und frisst den ganzen Tag frisches Gras.</p>"
            + "<p>").getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "Die Größe der Herde wächst, sagt der Schäfer aus dem Allgäu am Montag.".getBytes(
            StandardCharsets.ISO_8859_1);
        byte[] end = "</p></article></body></html>".getBytes(StandardCharsets.UTF_8);
        byte[] html = new byte[utf8.length + latin1.length + end.length];
        System.arraycopy(utf8, 0, html, 0, utf8.length);
        System.arraycopy(latin1, 0, html, utf8.length, latin1.length);
        System.arraycopy(end, 0, html, utf8.length + latin1.length, end.length);
        String text = EXTRACTOR.extract(html, null).text();
        assertTrue(text.contains("Schaf, Standardausführung, weiß"), text);
        assertTrue(text.contains("Die Größe der Herde wächst, sagt der Schäfer aus dem Allgäu"), text);
    }

    @Test
    void leadAboveTheBodyContainerIsTheTeaser() {
        String more = "Auch die Länder meldeten Bedenken an, vor allem bei den Zuschüssen für den Nahverkehr, "
            + "die nach dem Entwurf gekürzt werden sollen, hieß es.";
        for (String lead : List.of("<p>" + LEAD + "</p>", "<div class=\"article-intro\">" + LEAD + "</div>")) {
            String body = "<div class=\"page\"><div class=\"head\"><h1>Bundestag beschließt Haushalt</h1>" + lead
                + "</div><div class=\"story-body\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + more
                + "</p></div></div>";
            ExtractedPage page = extract(page("", body));
            assertEquals(LEAD, page.article().teaser(), lead);
            assertEquals(String.join("\n\n", "Bundestag beschließt Haushalt", LEAD, P1, P2, P3, more), page.text());
        }
    }

    @Test
    void commentsBelowTheArticleStayOut() {
        String comment = "Ich finde, die Ministerin hat völlig recht, wir können nicht immer mehr Schulden machen, "
            + "und das sage ich als langjähriger Leser dieser Zeitung.";
        String body = "<article><h1>Haushalt</h1><p>" + P1 + "</p><p>" + P2 + "</p><h3>2 Kommentare</h3>"
            + "<div class=\"thread\"><p>" + comment + "</p></div></article>";
        assertEquals(String.join("\n\n", "Haushalt", P1, P2), extract(page("", body)).text());
    }
}
