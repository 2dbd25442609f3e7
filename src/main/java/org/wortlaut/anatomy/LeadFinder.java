package org.wortlaut.anatomy;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Finds the lead paragraph when a page sets it apart from the body text (in the article header,
 * above the body container): an element before the article text that is named as a lead
 * ("lead", "intro", "excerpt") or follows the h1, and sits close to it, or that shows the
 * description the page declares for itself.
 */
final class LeadFinder {

    private static final int MIN_CHARS = 40;
    private static final int MAX_CHARS = 1200;
    private static final int PREFIX_CHARS = 40;
    private static final int MAX_LEVELS_APART = 4;
    private static final double MAX_LINK_DENSITY = 0.3;

    private final ClassHints hints;

    LeadFinder(ClassHints hints) {
        this.hints = hints;
    }

    /**
     * The lead element before the content, or null when the content holds its own lead. A named
     * or declared lead wins over the line that merely follows the h1.
     */
    Element find(Element body, List<Element> content, String description) {
        Element first = content.get(0);
        List<Element> firstAncestors = first.parents();
        String descriptionStart = prefix(description);
        TextStats stats = new TextStats(body);
        Element underHeadline = null;
        for (Element candidate : body.getAllElements()) {
            if (candidate == first) {
                break;
            }
            if (candidate.nameIs("a") || !fits(stats.of(candidate)) || firstAncestors.contains(candidate)) {
                continue;
            }
            boolean close = closeTo(candidate, firstAncestors);
            if (close && hints.has(candidate, ClassHints.Hint.LEAD)
                || descriptionStart != null && prefix(candidate.text()).equals(descriptionStart)) {
                return candidate;
            }
            if (close && underHeadline == null && followsHeadline(candidate)) {
                underHeadline = candidate;
            }
        }
        return underHeadline;
    }

    /** The line right under the h1: where pages put their lead. */
    private static boolean followsHeadline(Element candidate) {
        Element previous = candidate.previousElementSibling();
        return previous != null && previous.nameIs("h1");
    }

    private static boolean fits(TextStats.Counts counts) {
        return counts.chars() >= MIN_CHARS && counts.chars() <= MAX_CHARS
            && counts.linkDensity() <= MAX_LINK_DENSITY;
    }

    /** Whether the two share an ancestor a few levels up: the same article, not the page frame. */
    private static boolean closeTo(Element candidate, List<Element> contentAncestors) {
        Element ancestor = candidate;
        for (int level = 0; level < MAX_LEVELS_APART && ancestor != null; level++) {
            ancestor = ancestor.parent();
            int levelAboveContent = contentAncestors.indexOf(ancestor);
            if (ancestor != null && levelAboveContent >= 0) {
                return levelAboveContent < MAX_LEVELS_APART + 1;
            }
        }
        return false;
    }

    private static String prefix(String text) {
        if (text == null || text.strip().length() < MIN_CHARS) {
            return null;
        }
        String folded = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return folded.substring(0, Math.min(PREFIX_CHARS, folded.length()));
    }
}
