package org.wortlaut.anatomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.wortlaut.model.Article;
import org.wortlaut.model.InputInfo;
import org.wortlaut.model.UrlSource;

/** The page's address and section, from whichever declaration the page carries. */
class PageMetadataTest {

    private static final HtmlExtractor EXTRACTOR = new HtmlExtractor();
    private static final String BODY = "<article><h1>Gipfel in Brüssel endet ohne Einigung</h1>"
        + "<p>Die Staats- und Regierungschefs der Europäischen Union haben sich in der Nacht nicht auf "
        + "einen gemeinsamen Haushalt einigen können, wie Diplomaten am Morgen bestätigten.</p>"
        + "<p>Die Verhandlungen sollen im kommenden Monat weitergehen, hieß es aus mehreren Delegationen "
        + "am Rande des Treffens in Brüssel.</p></article>";

    private static Article article(String head, String body, String inputUrl) {
        String html = "<html lang=\"de\"><head>" + head + "</head><body>" + body + BODY + "</body></html>";
        return EXTRACTOR.extract(html.getBytes(StandardCharsets.UTF_8), inputUrl).article();
    }

    private static final String CANONICAL = "<link rel=\"canonical\" href=\"https://www.example.org/ausland/gipfel-100.html\">";
    private static final String OG_URL = "<meta property=\"og:url\" content=\"https://www.example.org/ausland/gipfel-100.html?og\">";
    private static final String LD_URL = "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
        + "\"url\": \"https://www.example.org/ausland/gipfel-100.html?ld\"}</script>";

    @Test
    void theInputRecordsAddressComesFirst() {
        Article article = article(CANONICAL + OG_URL, "", "https://archiv.example.org/a/17");
        assertEquals("https://archiv.example.org/a/17", article.url());
        assertEquals(UrlSource.INPUT, article.urlSource());
    }

    @Test
    void thenTheCanonicalLinkThenOpenGraphThenJsonLd() {
        Article canonical = article(LD_URL + OG_URL + CANONICAL, "", null);
        assertEquals("https://www.example.org/ausland/gipfel-100.html", canonical.url());
        assertEquals(UrlSource.CANONICAL, canonical.urlSource());
        Article openGraph = article(LD_URL + OG_URL, "", null);
        assertEquals("https://www.example.org/ausland/gipfel-100.html?og", openGraph.url());
        assertEquals(UrlSource.OPEN_GRAPH, openGraph.urlSource());
        Article jsonLd = article(LD_URL, "", null);
        assertEquals("https://www.example.org/ausland/gipfel-100.html?ld", jsonLd.url());
        assertEquals(UrlSource.JSON_LD, jsonLd.urlSource());
    }

    @Test
    void aRelativeCanonicalLinkCountsOnlyWithABase() {
        String relative = "<link rel=\"canonical\" href=\"/ausland/gipfel-100.html\">";
        Article withoutBase = article(relative, "", null);
        assertNull(withoutBase.url());
        assertNull(withoutBase.urlSource());
        Article resolved = article("<base href=\"https://www.example.org/\">" + relative, "", null);
        assertEquals("https://www.example.org/ausland/gipfel-100.html", resolved.url());
        assertEquals(UrlSource.CANONICAL, resolved.urlSource());
    }

    @Test
    void theInputRecordsAddressAlsoWinsAfterTheChain() {
        Article page = article(CANONICAL, "", null);
        Article merged = AnatomyAnnotator.withInput(page, new InputInfo(null, "https://archiv.example.org/a/17", null, null));
        assertEquals(UrlSource.INPUT, merged.urlSource());
        Article kept = AnatomyAnnotator.withInput(page, InputInfo.NONE);
        assertEquals(UrlSource.CANONICAL, kept.urlSource());
    }

    @Test
    void sectionFromJsonLdThenArticleSectionMeta() {
        String ld = "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"articleSection\": "
            + "\"Essen &amp; Trinken\"}</script>";
        assertEquals("Essen & Trinken", article(ld, "", null).section());
        assertEquals("Ausland", article("<meta property=\"article:section\" content=\"Ausland\">", "", null).section());
        assertEquals("Kultur", article("<meta itemprop=\"articleSection\" content=\"Kultur\">", "", null).section());
        String typed = "<script type=\"application/ld+json; charset=utf-8\">{\"@type\": \"NewsArticle\", "
            + "\"articleSection\": [\"Sport\", \"Fußball\"]}</script>";
        assertEquals("Sport", article(typed, "", null).section());
    }

    @Test
    void sectionFromAJsonLdBreadcrumbListIsItsDeepestStepBeforeTheArticle() {
        String trail = "<script type=\"application/ld+json\">{\"@type\": \"BreadcrumbList\", \"itemListElement\": ["
            + "{\"@type\": \"ListItem\", \"position\": 3, \"name\": \"Gipfel in Brüssel endet ohne Einigung\"},"
            + "{\"@type\": \"ListItem\", \"position\": 1, \"name\": \"Startseite\"},"
            + "{\"@type\": \"ListItem\", \"position\": 2, \"name\": \"Ausland\"}]}</script>";
        assertEquals("Ausland", article(trail, "", null).section());
    }

    @Test
    void aTrailsStartAndTheStepThatLinksToThePageItselfNameNoSection() {
        String trail = "<link rel=\"canonical\" href=\"https://www.example.org/politik/gipfel/\">"
            + "<script type=\"application/ld+json\">{\"@type\": \"BreadcrumbList\", \"itemListElement\": ["
            + "{\"position\": 1, \"item\": {\"@id\": \"https://www.example.org/\", \"name\": \"example\"}},"
            + "{\"position\": 2, \"item\": {\"@id\": \"https://www.example.org/politik/\", \"name\": \"Politik\"}},"
            + "{\"position\": 3, \"item\": {\"@id\": \"https://www.example.org/politik/gipfel\", \"name\": \"Gipfel: Keine Einigung\"}}"
            + "]}</script>";
        assertEquals("Politik", article(trail, "", null).section());
        String siteOnly = "<script type=\"application/ld+json\">{\"@type\": \"BreadcrumbList\", \"itemListElement\": ["
            + "{\"position\": 1, \"name\": \"Erweiterte Suche\"}, {\"position\": 2, \"name\": \"Gipfel: Keine Einigung\", "
            + "\"item\": \"https://www.example.org/politik/gipfel/\"}]}</script>";
        assertNull(article("<link rel=\"canonical\" href=\"https://www.example.org/politik/gipfel/\">" + siteOnly, "", null)
            .section());
    }

    @Test
    void sectionFromABreadcrumbTrailInThePage() {
        String listed = "<nav aria-label=\"Breadcrumb\"><ol><li><a href=\"/\">Startseite</a></li>"
            + "<li><a href=\"/politik\">Politik</a></li><li><a href=\"/politik/ausland\">Ausland</a></li>"
            + "<li>Gipfel in Brüssel endet ohne Einigung</li></ol></nav>";
        assertEquals("Ausland", article("", listed, null).section());
        String classed = "<div class=\"c-breadcrumbs\"><a href=\"/\">Home</a> › <a href=\"/sport\">Sport ›</a></div>";
        assertEquals("Sport", article("", classed, null).section());
        String cut = "<ul class=\"breadcrumb\"><li><a href=\"/\">Start</a></li><li><a href=\"/wissen\">Wissen</a></li>"
            + "<li>Vintage-Flair mit viel...</li></ul>";
        assertEquals("Wissen", article("", cut, null).section());
    }

    @Test
    void aClassNameThatOnlyMentionsBreadcrumbsIsNoTrail() {
        String body = "<div class=\"tweak-show-breadcrumb-and-pagination\"><p>Kurz</p></div>";
        assertNull(article("", body, null).section());
    }

    @Test
    void aTextPageTakesTheSectionFromItsBreadcrumbLineWhenNoRubricFollows() {
        AnatomyFixture.Analysed page = AnatomyFixture.analyse(String.join("\n\n",
            "Startseite > Politik > Ausland", "Gipfel in Brüssel endet ohne Einigung",
            "Die Staats- und Regierungschefs der Europäischen Union haben sich in der Nacht nicht einigen können.",
            "Von Anna Schmidt",
            "Die Verhandlungen sollen im kommenden Monat weitergehen, hieß es aus mehreren Delegationen.") + "\n");
        assertEquals("Ausland", page.article().section());
    }
}
