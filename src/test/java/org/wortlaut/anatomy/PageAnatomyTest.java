package org.wortlaut.anatomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wortlaut.anatomy.AnatomyFixture.analyse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wortlaut.model.Article;
import org.wortlaut.model.Zone;
import org.wortlaut.model.ZoneKind;

class PageAnatomyTest {

    private static final String TEASER = "Die Teuerung in Deutschland hat sich im Februar weiter abgeschwächt. "
        + "Vor allem Heizöl und Sprit wurden billiger.";
    private static final String BODY_1 = "Die Inflation in Deutschland hat sich zu Jahresbeginn weiter abgeschwächt, "
        + "wie das Statistische Bundesamt am Freitag mitteilte.";
    private static final String BODY_2 = "Bei den Nahrungsmitteln zeigt sich ein gemischtes Bild. Insgesamt stiegen "
        + "die Preise um 5,1 Prozent.";

    private static String page(String... lines) {
        return String.join("\n\n", lines) + "\n";
    }

    @Test
    void aNewsPageInItsParts() {
        AnatomyFixture.Analysed page = analyse(page("Startseite > Wirtschaft > Konjunktur", "Wirtschaft",
            "Inflation sinkt auf 3,2 Prozent", TEASER, "Von Anna Schmidt und Jan Weber", "1. März 2024, 14:27 Uhr",
            "Aktualisiert: 02.03.2024, 09:10 Uhr", "3 Min. Lesezeit", "Inflation sinkt auf 3,2 Prozent",
            "Ein Wocheneinkauf im Supermarkt. Bild: picture alliance / Sven Hoppe", BODY_1,
            "Butter billiger, Olivenöl teurer", BODY_2, "Das könnte Sie auch interessieren", "Geld",
            "Tagesgeld-Vergleich: Die besten Zinsen im März", "28.02.2024", "Bis zu 4 Prozent sind drin ...",
            "Jetzt Newsletter abonnieren"));
        assertEquals(List.of("section\tStartseite > Wirtschaft > Konjunktur", "section\tWirtschaft",
            "headline\tInflation sinkt auf 3,2 Prozent", "teaser\tDie Teuerung in Deutschland hat sich im",
            "meta\tVon Anna Schmidt und Jan Weber", "meta\t1. März 2024, 14:27 Uhr",
            "meta\tAktualisiert: 02.03.2024, 09:10 Uhr", "meta\t3 Min. Lesezeit",
            "caption\tInflation sinkt auf 3,2 Prozent", "caption\tEin Wocheneinkauf im Supermarkt. Bild: p",
            "body\tDie Inflation in Deutschland hat sich zu", "subheading\tButter billiger, Olivenöl teurer",
            "body\tBei den Nahrungsmitteln zeigt sich ein g", "boilerplate\tDas könnte Sie auch interessieren",
            "boilerplate\tGeld", "boilerplate\tTagesgeld-Vergleich: Die besten Zinsen i", "boilerplate\t28.02.2024",
            "boilerplate\tBis zu 4 Prozent sind drin ...", "boilerplate\tJetzt Newsletter abonnieren"), page.rows());
        Article article = page.article();
        assertEquals("Wirtschaft", article.section());
        assertEquals("Inflation sinkt auf 3,2 Prozent", article.headline());
        assertEquals(TEASER, article.teaser());
        assertEquals(List.of("Anna Schmidt", "Jan Weber"), article.authors());
        assertEquals("2024-03-01T14:27", article.published());
        assertEquals("2024-03-02T09:10", article.updated());
        assertEquals(3, article.statedReadingMinutes());
        assertEquals("de", article.language());
        assertNull(article.url());
    }

    @Test
    void adjacentBlocksOfOneKindShareAZoneAndGapsBetweenKindsStayOpen() {
        String text = page("Wirtschaft", "Inflation sinkt auf 3,2 Prozent", TEASER, "Lesezeit: 3 min", BODY_1, BODY_2);
        List<Zone> zones = analyse(text).article().zones();
        assertEquals(List.of(ZoneKind.SECTION, ZoneKind.HEADLINE, ZoneKind.TEASER, ZoneKind.META, ZoneKind.BODY),
            zones.stream().map(Zone::kind).toList());
        Zone body = zones.get(4);
        assertEquals(BODY_1 + "\n\n" + BODY_2, text.substring(body.start(), body.end()));
        for (int i = 1; i < zones.size(); i++) {
            assertTrue(zones.get(i - 1).end() < zones.get(i).start());
        }
    }

    @Test
    void plainParagraphsAreAllBody() {
        Article article = analyse(page(BODY_1, BODY_2, TEASER)).article();
        assertEquals(List.of(ZoneKind.BODY), article.zones().stream().map(Zone::kind).toList());
        assertNull(article.headline());
        assertNull(article.teaser());
        assertNull(article.section());
        assertEquals(List.of(), article.authors());
        assertNull(article.published());
    }

    @Test
    void aTitleOverPlainParagraphsIsTheOnlyFurniture() {
        AnatomyFixture.Analysed page = analyse(page("Preise steigen langsamer", BODY_1, BODY_2));
        assertEquals(List.of("headline\tPreise steigen langsamer", "body\tDie Inflation in Deutschland hat sich zu",
            "body\tBei den Nahrungsmitteln zeigt sich ein g"), page.rows());
        assertNull(page.article().teaser());
    }

    @Test
    void authorLabelWithTheNameOnTheNextLine() {
        AnatomyFixture.Analysed page = analyse(page("Regional", "Fünf Wochen Vollsperrung ab dem 7. Juli", TEASER,
            "Autor", "Lena Hartmann", "Aktualisiert am 08.05.2025, 14:20 Uhr", BODY_1));
        assertEquals(ZoneKind.META, page.kindOf("Lena Hartmann"));
        assertEquals(List.of("Lena Hartmann"), page.article().authors());
        assertNull(page.article().published());
        assertEquals("2025-05-08T14:20", page.article().updated());
    }

    @Test
    void agencyBylineGivesNoAuthor() {
        Article article = analyse(page("Panorama", "Hagel so groß wie Tennisbälle", TEASER, "dpa/lby",
            "24. Juli 2024 um 21:14 Uhr", "Lesezeit: 4 Minuten", BODY_1)).article();
        assertEquals(List.of(), article.authors());
        assertEquals("2024-07-24T21:14", article.published());
        assertEquals(4, article.statedReadingMinutes());
    }

    @Test
    void captionsWithCreditsInSeveralStyles() {
        AnatomyFixture.Analysed page = analyse(page("Leipzig", "Stadtrat beschließt Gebührenerhöhung", TEASER,
            "Von Robert Eilenberger", "Blick auf das Neue Rathaus. © Stadt Leipzig", BODY_1,
            "Ein Regionalexpress im Bahnhof Neustrelitz. Foto: IMAGO / Peter Sandmann", BODY_2));
        assertEquals(ZoneKind.CAPTION, page.kindOf("Blick auf das Neue Rathaus."));
        assertEquals(ZoneKind.CAPTION, page.kindOf("Ein Regionalexpress"));
        assertEquals(ZoneKind.BODY, page.kindOf("Bei den Nahrungsmitteln"));
    }

    @Test
    void relatedListsAfterTheirHeadingAreBoilerplate() {
        for (String heading : List.of("Mehr zum Thema", "Weitere Artikel", "Mehr aus Leipzig", "Lesen Sie auch")) {
            AnatomyFixture.Analysed page = analyse(page("Politik", "Haushaltsstreit im Bundestag", TEASER,
                "04.11.2023 18:33", BODY_1, BODY_2, heading, "Politik",
                "Rentenpaket: Was die Reform für die Jahrgänge ab 1964 bedeutet", "03.11.2023",
                "Wer nach 1964 geboren ist, muss sich auf eine längere Lebensarbeitszeit einstellen. Doch ...",
                "Kommentare (12)", "Artikel teilen"));
            assertEquals(ZoneKind.BODY, page.kindOf("Bei den Nahrungsmitteln"), heading);
            for (String start : List.of(heading, "Rentenpaket", "03.11.2023", "Wer nach 1964", "Kommentare")) {
                assertEquals(ZoneKind.BOILERPLATE, page.kindOf(start), heading + ": " + start);
            }
        }
    }

    @Test
    void furnitureLinesAtTheEndWithoutAListAreBoilerplate() {
        AnatomyFixture.Analysed page = analyse(page("Energie", "Netzentgelte sinken im Norden", TEASER,
            "Ein Bericht von Tobias Reinhold", BODY_1, BODY_2, "Artikel teilen: Facebook | X | WhatsApp | E-Mail",
            "Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren. Mit einem Klick auf "
                + "„Alle akzeptieren“ stimmen Sie zu.", "Alle akzeptieren"));
        assertEquals(ZoneKind.BODY, page.kindOf("Bei den Nahrungsmitteln"));
        assertEquals(ZoneKind.BOILERPLATE, page.kindOf("Artikel teilen"));
        assertEquals(ZoneKind.BOILERPLATE, page.kindOf("Wir verwenden Cookies"));
        assertEquals(ZoneKind.BOILERPLATE, page.kindOf("Alle akzeptieren"));
    }

    @Test
    void questionSubheadingBetweenParagraphs() {
        AnatomyFixture.Analysed page = analyse(page("Sport", "Beim VfR wächst der Schuldenberg", TEASER,
            "Von unserem Redakteur Felix Brandt", BODY_1, "Investor als Ausweg?", BODY_2));
        assertEquals(ZoneKind.SUBHEADING, page.kindOf("Investor als Ausweg?"));
        assertEquals(List.of("Felix Brandt"), page.article().authors());
    }

    @Test
    void dateLineAboveTheHeadline() {
        AnatomyFixture.Analysed page = analyse(page("Wirtschaft", "15.01.2025, 06:00 Uhr", "Inflation sinkt auf 3,2 Prozent",
            TEASER, "Von Miriam Kessler", BODY_1, BODY_2));
        assertEquals(List.of("section\tWirtschaft", "meta\t15.01.2025, 06:00 Uhr",
            "headline\tInflation sinkt auf 3,2 Prozent", "teaser\tDie Teuerung in Deutschland hat sich im",
            "meta\tVon Miriam Kessler", "body\tDie Inflation in Deutschland hat sich zu",
            "body\tBei den Nahrungsmitteln zeigt sich ein g"), page.rows());
        assertEquals("2025-01-15T06:00", page.article().published());
    }

    @Test
    void aShortHeadlineAfterTheRubric() {
        AnatomyFixture.Analysed page = analyse(page("Verkehr", "Bahn streicht Züge", TEASER, "Lesezeit: 2 min", BODY_1));
        assertEquals("Verkehr", page.article().section());
        assertEquals("Bahn streicht Züge", page.article().headline());
        assertEquals(ZoneKind.TEASER, page.kindOf("Die Teuerung"));
    }

    @Test
    void anEmptyPageHasNoZones() {
        Article article = AnatomyFixture.ANATOMY.analyse("", List.of());
        assertEquals(List.of(), article.zones());
        assertNull(article.headline());
        assertEquals("de", article.language());
    }

    @Test
    void anInlineReadAlsoLineIsBoilerplateAndTheBodyGoesOn() {
        AnatomyFixture.Analysed page = analyse(page("Politik", "Haushaltsstreit im Bundestag", TEASER,
            "04.11.2023 18:33", BODY_1, "Lesen Sie auch: Rentenpaket – was die Reform bedeutet", BODY_2));
        assertEquals(ZoneKind.BOILERPLATE, page.kindOf("Lesen Sie auch:"));
        assertEquals(ZoneKind.BODY, page.kindOf("Bei den Nahrungsmitteln"));
    }

    @Test
    void aSalutationIsNoHeadline() {
        Article article = analyse(page("Liebe Leserinnen und Leser,", BODY_1, BODY_2)).article();
        assertNull(article.headline());
        assertEquals(List.of(ZoneKind.BODY), article.zones().stream().map(Zone::kind).distinct().toList());
    }

    @Test
    void decomposedUmlautsInDateLabelsAreRead() {
        String text = page("Politik", "Haushaltsstreit im Bundestag", TEASER, "Gea\u0308ndert: 05.11.2023 09:12", BODY_1);
        Article article = analyse(text).article();
        assertNull(article.published());
        assertEquals("2023-11-05T09:12", article.updated());
        Zone meta = article.zones().get(3);
        assertEquals(ZoneKind.META, meta.kind());
        assertEquals("Gea\u0308ndert: 05.11.2023 09:12", text.substring(meta.start(), meta.end()));
    }

    @Test
    void aLongParagraphNamingAPhotoAgencyIsNoCaption() {
        String paragraph = "Die Bilder der Nacht gingen um die Welt, und viele Redaktionen kauften sie bei der "
            + "Agentur IMAGO ein, die das Material noch am selben Abend an Zeitungen, Sender und Portale in ganz "
            + "Europa verschickte und damit gute Geschäfte machte.";
        AnatomyFixture.Analysed page = analyse(page("Medien", "Die Bilder der Nacht", TEASER, "Lesezeit: 2 min",
            BODY_1, paragraph));
        assertEquals(ZoneKind.BODY, page.kindOf("Die Bilder der Nacht gingen"));
    }

    @Test
    void readersCommentsAreBoilerplate() {
        AnatomyFixture.Analysed page = analyse(page("Politik", "Haushaltsstreit im Bundestag", TEASER,
            "04.11.2023 18:33", BODY_1, BODY_2, "3 Kommentare",
            "Ich finde, die Ministerin hat völlig recht, wir können nicht immer mehr Schulden machen.",
            "Das sehe ich anders, gerade jetzt müsste der Staat investieren, statt zu sparen."));
        assertEquals(ZoneKind.BODY, page.kindOf("Bei den Nahrungsmitteln"));
        assertEquals(ZoneKind.BOILERPLATE, page.kindOf("3 Kommentare"));
        assertEquals(ZoneKind.BOILERPLATE, page.kindOf("Ich finde"));
        assertEquals(ZoneKind.BOILERPLATE, page.kindOf("Das sehe ich anders"));
    }

    @Test
    void bylineDateAndReadingTimeOnOneLine() {
        AnatomyFixture.Analysed page = analyse(page("Politik", "Haushaltsstreit im Bundestag", TEASER,
            "Von Anna Schmidt | 04.11.2023, 18:33 Uhr | Lesezeit: 3 min", BODY_1));
        assertEquals(ZoneKind.META, page.kindOf("Von Anna Schmidt |"));
        assertEquals(List.of("Anna Schmidt"), page.article().authors());
        assertEquals("2023-11-04T18:33", page.article().published());
        assertEquals(3, page.article().statedReadingMinutes());
    }
}
