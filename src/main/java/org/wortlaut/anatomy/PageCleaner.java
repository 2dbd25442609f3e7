package org.wortlaut.anatomy;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Removes what is never article text: scripts, navigation, forms, hidden elements and elements
 * whose class or id names mark them as comments, sharing widgets, related lists, cookie banners
 * and the like. An element holding most of the page's text, or paragraphs of prose, is kept
 * whatever its widget name says: some sites put a "sidebar" or "share" word on the wrapper of
 * the article.
 */
final class PageCleaner {

    private static final double MAX_SHARE_REMOVED_BY_NAME = 0.5;
    private static final double MAX_SHARE_REMOVED_WHEN_POSITIVE = 0.2;
    private static final int MIN_PROSE_CHARS = 800;
    private static final int PROSE_PARAGRAPH_CHARS = 80;
    private static final double PROSE_MAX_LINK_DENSITY = 0.2;

    private final ClassHints hints;

    PageCleaner(ClassHints hints) {
        this.hints = hints;
    }

    void clean(Element body) {
        removeTextless(body);
        TextStats stats = new TextStats(body);
        int total = Math.max(1, stats.of(body).chars());
        List<Element> doomed = new ArrayList<>();
        for (Element element : body.getAllElements()) {
            boolean discarded = hints.isDiscarded(element) && stats.of(element).chars() < total * MAX_SHARE_REMOVED_BY_NAME;
            boolean removed = hints.isRemovable(element) && !tooBigToRemove(element, stats, total);
            if (element != body && (discarded || removed)) {
                doomed.add(element);
            }
        }
        doomed.forEach(Element::remove);
    }

    /**
     * An element with most of the page's text, or one with much text whose names also say
     * "article" or "content" ("entry share", "skip-main"), is no widget.
     */
    private boolean tooBigToRemove(Element element, TextStats stats, int total) {
        int chars = stats.of(element).chars();
        return chars >= total * MAX_SHARE_REMOVED_BY_NAME
            || chars >= total * MAX_SHARE_REMOVED_WHEN_POSITIVE && hints.has(element, ClassHints.Hint.POSITIVE)
            || chars >= MIN_PROSE_CHARS && proseChars(element, stats) >= MIN_PROSE_CHARS;
    }

    /** The text in paragraphs of some length with few links: what widgets do not hold. */
    private static int proseChars(Element element, TextStats stats) {
        int prose = 0;
        for (Element paragraph : element.getElementsByTag("p")) {
            TextStats.Counts counts = stats.of(paragraph);
            if (counts.chars() >= PROSE_PARAGRAPH_CHARS && counts.linkDensity() < PROSE_MAX_LINK_DENSITY) {
                prose += counts.chars();
            }
        }
        return prose;
    }

    private static void removeTextless(Element body) {
        List<Node> doomed = new ArrayList<>();
        for (Element element : body.getAllElements()) {
            if (element != body && (HtmlTags.holdsNoArticleText(element) || HtmlTags.isHidden(element))) {
                doomed.add(element);
            }
        }
        body.forEachNode(node -> {
            if (node instanceof Comment) {
                doomed.add(node);
            }
        });
        doomed.forEach(Node::remove);
    }
}
