package org.wortlaut.anatomy;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.wortlaut.model.UrlSource;

/**
 * Reads a page's metadata: JSON-LD ({@code NewsArticle}, {@code Article} and their kin) first,
 * then Open Graph and {@code <meta>} tags, then {@code <time>} elements and breadcrumbs. Dates
 * become ISO 8601 local date-times ("2023-11-04T18:33"): the page's own clock time, without
 * seconds or offset.
 */
final class MetadataReader {

    private static final JsonMapper JSON = JsonMapper.builder()
        .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
        .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
        .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
        .build();
    private static final Pattern ISO = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}))?");

    private final Breadcrumbs breadcrumbs = new Breadcrumbs(new PageLexicon());

    PageMetadata read(Document page) {
        Map<String, String> tags = metaTags(page);
        List<JsonNode> nodes = jsonLd(page);
        JsonNode ld = articleNode(nodes);
        String headline = first(text(ld, "headline"), meta(tags, "og:title"), meta(tags, "twitter:title"));
        String description = first(text(ld, "description"), meta(tags, "og:description"), meta(tags, "description"));
        PageAddress address = address(page, tags, ld);
        String section = first(text(ld, "articleSection"), meta(tags, "article:section"), meta(tags, "articlesection"),
            meta(tags, "og:section"), breadcrumbs.section(page, nodes, headline, address.url()));
        List<String> authors = authors(ld);
        if (authors.isEmpty() && isName(meta(tags, "author"))) {
            authors = List.of(meta(tags, "author"));
        }
        String published = iso(first(text(ld, "datePublished"), meta(tags, "article:published_time"),
            meta(tags, "date"), meta(tags, "pubdate"), timeElement(page, "pubdate"), timeElement(page, null)));
        String updated = iso(first(text(ld, "dateModified"), meta(tags, "article:modified_time"),
            meta(tags, "og:updated_time")));
        String language = language(page);
        return new PageMetadata(headline, description, section, authors, published, updated,
            text(ld, "articleBody"), language, address);
    }

    /** The page's own address: its canonical link, else {@code og:url}, else the JSON-LD {@code url}. */
    private static PageAddress address(Document page, Map<String, String> tags, JsonNode ld) {
        Element canonical = page.selectFirst("link[rel~=(?i)^canonical$][href]");
        String linked = canonical == null ? null : absolute(canonical.absUrl("href"), canonical.attr("href"));
        if (linked != null) {
            return new PageAddress(linked, UrlSource.CANONICAL);
        }
        String openGraph = absolute(meta(tags, "og:url"), null);
        if (openGraph != null) {
            return new PageAddress(openGraph, UrlSource.OPEN_GRAPH);
        }
        String mainEntity = ld == null ? null : ld.path("mainEntityOfPage").path("@id").asText(null);
        String declared = absolute(first(text(ld, "url"), mainEntity), null);
        return declared == null ? PageAddress.NONE : new PageAddress(declared, UrlSource.JSON_LD);
    }

    /** An http(s) address, resolved against the page's base where one is known; else null. */
    private static String absolute(String resolved, String raw) {
        for (String candidate : new String[] {resolved, raw}) {
            if (candidate != null && candidate.strip().matches("(?i)https?://\\S+")) {
                return candidate.strip();
            }
        }
        return null;
    }

    /** Every JSON-LD object of the page, the members of arrays and {@code @graph}s among them. */
    private static List<JsonNode> jsonLd(Document page) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : page.select("script[type^=application/ld+json]")) {
            try {
                addNodes(JSON.readTree(script.data()), nodes);
            } catch (Exception e) {
                // broken JSON-LD is common; the page's other metadata still counts
            }
        }
        return nodes;
    }

    private static void addNodes(JsonNode node, List<JsonNode> nodes) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(item -> addNodes(item, nodes));
        } else if (node.isObject()) {
            nodes.add(node);
            addNodes(node.get("@graph"), nodes);
            addNodes(node.get("mainEntity"), nodes);
        }
    }

    /** The JSON-LD object that describes an article, or null. */
    private static JsonNode articleNode(List<JsonNode> nodes) {
        for (JsonNode node : nodes) {
            if (isArticleType(node.get("@type"))) {
                return node;
            }
        }
        return null;
    }

    private static boolean isArticleType(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticleType(t)) {
                    return true;
                }
            }
            return false;
        }
        String name = type.asText();
        return name.endsWith("Article") || name.equals("BlogPosting") || name.equals("Report")
            || name.equals("LiveBlogPosting");
    }

    private static String text(JsonNode node, String field) {
        if (node == null || node.get(field) == null) {
            return null;
        }
        JsonNode value = node.get(field);
        if (value.isArray()) {
            value = value.size() > 0 ? value.get(0) : null;
        }
        if (value == null || !value.isValueNode()) {
            return null;
        }
        // pages put HTML entities into JSON-LD strings ("Essen &amp; Trinken")
        String text = Parser.unescapeEntities(value.asText(), false).strip();
        return text.isEmpty() ? null : text;
    }

    private static List<String> authors(JsonNode ld) {
        List<String> names = new ArrayList<>();
        JsonNode author = ld == null ? null : ld.get("author");
        if (author == null) {
            return names;
        }
        for (JsonNode one : author.isArray() ? author : List.of(author)) {
            String name = (one.isTextual() ? one.asText() : one.path("name").asText("")).strip();
            if (isName(name) && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** Pages put profile links where the author's name belongs. */
    private static boolean isName(String author) {
        return author != null && !author.isBlank() && !author.contains("://") && !author.startsWith("www.");
    }

    /** The first non-empty content of every meta tag, by its property, name or itemprop. */
    private static Map<String, String> metaTags(Document page) {
        Map<String, String> tags = new HashMap<>();
        for (Element meta : page.getElementsByTag("meta")) {
            String content = meta.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String key : List.of("property", "name", "itemprop")) {
                String name = meta.attr(key).strip().toLowerCase(Locale.ROOT);
                if (!name.isEmpty()) {
                    tags.putIfAbsent(name, content);
                }
            }
        }
        return tags;
    }

    private static String meta(Map<String, String> tags, String name) {
        return tags.get(name);
    }

    private static String timeElement(Document page, String attribute) {
        for (Element time : page.select(attribute == null ? "time[datetime]" : "time[" + attribute + "]")) {
            String value = time.attr("datetime").strip();
            if (!value.isEmpty()) {
                return value;
            }
        }
        return null;
    }

    private static String language(Document page) {
        String lang = page.select("html").attr("lang").strip();
        if (lang.length() >= 2) {
            return lang.substring(0, 2).toLowerCase(Locale.ROOT);
        }
        return "de";
    }

    /** "2023-11-04T18:33:00+01:00" gives "2023-11-04T18:33"; a bare date stays a date. */
    static String iso(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO.matcher(value);
        if (!m.find()) {
            return null;
        }
        return m.group(2) == null ? m.group(1) : m.group(1) + "T" + m.group(2);
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
