package org.wortlaut.anatomy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * The section a page's breadcrumb trail names: its deepest step that is neither the site's start
 * ("Startseite", "Nachrichten", the first step) nor the article itself (the current page, a step
 * of more than four words, or the headline). "Startseite > Politik > Ausland > Gipfel endet ohne
 * Einigung in Brüssel" gives "Ausland". Trails come from JSON-LD {@code BreadcrumbList}, then
 * from elements marked as breadcrumbs by microdata, ARIA label or class name.
 */
final class Breadcrumbs {

    private static final int MAX_STEP_WORDS = 4;
    private static final int MAX_STEP_CHARS = 40;
    private static final int MAX_STEPS = 8;
    private static final String CANDIDATES =
        "[itemtype*=BreadcrumbList], [class*=readcrumb], [id*=readcrumb], nav[aria-label]";
    /** A class or id word that names the trail itself ("breadcrumb", "c-breadcrumbs", "breadcrumb-nav"). */
    private static final Pattern TRAIL_NAME = Pattern.compile(
        "(?i)(^|\\s)([\\w-]*[-_])?breadcrumbs?([-_](list|nav|navigation|wrapper|container|trail|items?))?(\\s|$)");
    private static final Pattern TRAIL_LABEL = Pattern.compile(
        "(?i).*(breadcrumb|brotkrümel|brotkrumen|navigationspfad|sie sind hier).*");
    /** Separators and ellipses that stick to a step's ends ("News ›", "Vintage-Flair mit viel..."). */
    private static final String STEP_DECORATION = "^[\\s>»›/|·•]+|[\\s>»›/|·•]+$";

    private final PageLexicon lexicon;

    Breadcrumbs(PageLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** One step of a trail; {@code current} marks the page itself (no link, or a link to the page). */
    record Step(String name, boolean current) {
    }

    /** The section of the page's first trail that names one, or null. */
    String section(Document page, List<JsonNode> jsonLd, String headline, String pageUrl) {
        for (JsonNode node : jsonLd) {
            String section = section(jsonSteps(node, pageUrl), headline);
            if (section != null) {
                return section;
            }
        }
        for (Element trail : page.select(CANDIDATES)) {
            if (!isTrail(trail)) {
                continue;
            }
            String section = section(markupSteps(trail), headline);
            if (section != null) {
                return section;
            }
        }
        return null;
    }

    /** The section a breadcrumb line of a text page names, or null. */
    String section(String line, String headline) {
        return section(lexicon.breadcrumbSteps(line).stream().map(name -> new Step(name, false)).toList(), headline);
    }

    private static boolean isTrail(Element element) {
        return element.attr("itemtype").contains("BreadcrumbList") || TRAIL_NAME.matcher(element.className()).find()
            || TRAIL_NAME.matcher(element.id()).find() || TRAIL_LABEL.matcher(element.attr("aria-label")).matches();
    }

    /**
     * The deepest step that is not the trail's start (the site, however it is called), no home
     * page, no page furniture (nor the trail's own label) and not the article itself (the current
     * page, too long, cut short with an ellipsis, or the headline), or null; a list longer than a
     * trail names none.
     */
    private String section(List<Step> steps, String headline) {
        if (steps.size() > MAX_STEPS) {
            return null;
        }
        int first = steps.size() > 1 ? 1 : 0;
        for (int i = steps.size() - 1; i >= first; i--) {
            String step = steps.get(i).name().replaceAll(STEP_DECORATION, "");
            boolean article = steps.get(i).current() || LineText.words(step) > MAX_STEP_WORDS
                || step.length() > MAX_STEP_CHARS || step.endsWith("...") || step.endsWith("…")
                || headline != null && LineText.key(step).equals(LineText.key(headline));
            boolean furniture = lexicon.isBreadcrumbHome(step) || lexicon.isBoilerplate(step)
                || TRAIL_LABEL.matcher(step).matches();
            if (LineText.key(step).isEmpty() || article || furniture) {
                continue;
            }
            return step;
        }
        return null;
    }

    /** The steps of a JSON-LD {@code BreadcrumbList}, in position order; empty for other nodes. */
    private static List<Step> jsonSteps(JsonNode node, String pageUrl) {
        if (!node.path("@type").asText("").equals("BreadcrumbList")) {
            return List.of();
        }
        List<JsonNode> items = new ArrayList<>();
        node.path("itemListElement").forEach(items::add);
        items.sort(Comparator.comparingInt(item -> item.path("position").asInt(0)));
        List<Step> steps = new ArrayList<>();
        for (JsonNode item : items) {
            JsonNode target = item.path("item");
            String name = item.path("name").asText(target.path("name").asText(""));
            String link = target.isTextual() ? target.asText() : target.path("@id").asText(null);
            steps.add(new Step(Parser.unescapeEntities(name, false), sameAddress(link, pageUrl)));
        }
        return steps;
    }

    /** "https://a.de/x/" and "https://a.de/x": the same page. */
    private static boolean sameAddress(String link, String pageUrl) {
        return link != null && pageUrl != null && strip(link).equals(strip(pageUrl));
    }

    private static String strip(String url) {
        return url.strip().replaceAll("[?#].*$", "").replaceAll("/+$", "");
    }

    /**
     * The list items of a marked trail (a last item without a link is the page itself), else its
     * links, else its text cut at the separators.
     */
    private List<Step> markupSteps(Element trail) {
        List<Step> steps = new ArrayList<>();
        Elements items = trail.select("li");
        for (Element item : items.isEmpty() ? trail.select("a") : items) {
            if (item.select("li").size() <= 1) {
                steps.add(new Step(item.text(), false));
            }
        }
        if (steps.isEmpty()) {
            return lexicon.breadcrumbSteps(trail.text()).stream().map(name -> new Step(name, false)).toList();
        }
        Element last = items.isEmpty() ? null : items.last();
        if (last != null && last.select("a").isEmpty()) {
            steps.set(steps.size() - 1, new Step(steps.get(steps.size() - 1).name(), true));
        }
        return steps;
    }
}
