package org.wortlaut.anatomy;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Finds the lead paragraph when a page sets it apart from the body text (in the article header,
 * above the body container): an element before the article text that is named as a lead
 * ("lead", "intro", "excerpt") and sits close to it, or that shows the description the page
 * declares for itself.
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

    /** The lead element before the content, or null when the content holds its own lead. */
    Element find(Element body, List<Element> content, String description) {
        Element first = content.get(0);
        List<Element> firstAncestors = first.parents();
        String descriptionStart = prefix(description);
        TextStats stats = new TextStats(body);
        for (Element candidate : body.getAllElements()) {
            if (candidate == first) {
                return null;
            }
            if (candidate.nameIs("a") || !fits(stats.of(candidate)) || firstAncestors.contains(candidate)) {
                continue;
            }
            boolean named = hints.has(candidate, ClassHints.Hint.LEAD) && closeTo(candidate, firstAncestors);
            boolean declared = descriptionStart != null && prefix(candidate.text()).equals(descriptionStart);
            if (named || declared) {
                return candidate;
            }
        }
        return null;
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
