package org.wortlaut.anatomy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;

/**
 * Finds the elements that hold the article text. Every paragraph scores by its length and commas,
 * less the share of its text in links, and hands its score to its parent, and halved and thirded
 * to the two ancestors above; an ancestor's score then rises or falls with its class and id names
 * and falls with its own link density. The best ancestor is widened to the ancestor that holds
 * most of the paragraph text around it (articles cut into sections), then joined by those of its
 * siblings that score well or hold plain paragraphs, and by prose-rich elements beside it a
 * level or two up (lead boxes, further sections).
 */
final class ContentLocator {

    private static final int MIN_PARAGRAPH_CHARS = 25;
    private static final double HINT_POINTS = 6;
    private static final double SIBLING_SHARE = 0.2;
    private static final double MIN_SIBLING_SCORE = 10;
    private static final int SIBLING_PARAGRAPH_CHARS = 80;
    private static final double WIDEN_SHARE = 0.85;
    private static final double WIDEN_MAX_LINK_DENSITY = 0.35;
    private static final int RELATIVE_LEVELS = 3;
    private static final double PART_SHARE = 0.2;
    private static final double PART_MAX_LINK_DENSITY = 0.25;

    private final ClassHints hints;

    ContentLocator(ClassHints hints) {
        this.hints = hints;
    }

    List<Element> locate(Element body) {
        TextStats stats = new TextStats(body);
        Map<Element, Double> scores = new IdentityHashMap<>();
        Map<Element, Double> contained = new IdentityHashMap<>();
        for (Element element : body.getAllElements()) {
            double score = paragraphScore(element, stats);
            if (score > 0) {
                hand(element, score, scores, body);
                for (Element up = element; up != null; up = up.parent()) {
                    contained.merge(up, score, Double::sum);
                }
            }
        }
        Element best = best(scores, stats);
        if (best == null) {
            return List.of(body);
        }
        Element main = widen(best, contained, stats, body);
        double threshold = Math.max(MIN_SIBLING_SCORE, scores.get(best) * SIBLING_SHARE);
        return withRelatives(main, body, relative -> scores.getOrDefault(relative, 0.0) >= threshold
            || isPlainParagraph(relative, stats) || isArticlePart(relative, main, contained, stats),
            relative -> isArticlePart(relative, main, contained, stats));
    }

    /** Turns the handed-on scores into final ones (names, links) in place; the best element. */
    private Element best(Map<Element, Double> scores, TextStats stats) {
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            Element candidate = entry.getKey();
            double score = entry.getValue() * (1 - stats.of(candidate).linkDensity())
                + HINT_POINTS * hints.weight(candidate) + (candidate.nameIs("article") ? HINT_POINTS : 0);
            entry.setValue(score);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * The main element with those of its siblings that pass {@code sibling}, and those siblings of
     * its parent and grandparent that pass {@code cousin}, in page order.
     */
    private static List<Element> withRelatives(Element main, Element body, Predicate<Element> sibling,
                                               Predicate<Element> cousin) {
        Set<Element> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
        chosen.add(main);
        Element node = main;
        for (int level = 1; level <= RELATIVE_LEVELS && node.parent() != null && node != body; level++) {
            Predicate<Element> test = level == 1 ? sibling : cousin;
            for (Element relative : node.parent().children()) {
                if (relative != node && test.test(relative)) {
                    chosen.add(relative);
                }
            }
            node = node.parent();
        }
        List<Element> ordered = new ArrayList<>();
        for (Element element : node.getAllElements()) {
            if (chosen.contains(element) && element.parents().stream().noneMatch(chosen::contains)) {
                ordered.add(element);
            }
        }
        return ordered;
    }

    /** An element near the article holding a good share of its prose, with few links: a part of it. */
    private boolean isArticlePart(Element element, Element main, Map<Element, Double> contained, TextStats stats) {
        return contained.getOrDefault(element, 0.0) >= PART_SHARE * contained.getOrDefault(main, 0.0)
            && stats.of(element).linkDensity() < PART_MAX_LINK_DENSITY && hints.weight(element) >= 0;
    }

    /**
     * The article may be cut into several sections; while the best element holds too small a
     * part of the paragraph text of its parent, and that parent is no link list, the parent is
     * the article.
     */
    private static Element widen(Element best, Map<Element, Double> contained, TextStats stats, Element body) {
        Element current = best;
        double inside = contained.getOrDefault(best, 0.0);
        for (Element parent = best.parent(); parent != null && parent != body; parent = parent.parent()) {
            double around = contained.getOrDefault(parent, 0.0);
            if (around <= inside * 1.01) {
                continue;
            }
            if (inside >= WIDEN_SHARE * around || stats.of(parent).linkDensity() > WIDEN_MAX_LINK_DENSITY) {
                break;
            }
            current = parent;
            inside = around;
        }
        return current;
    }

    /** A paragraph's worth: 1 + commas + up to 3 for length, times the share not in links. */
    private static double paragraphScore(Element element, TextStats stats) {
        TextStats.Counts counts = stats.of(element);
        int chars = isParagraph(element) ? counts.chars() : counts.inlineChars();
        if (chars < MIN_PARAGRAPH_CHARS) {
            return 0;
        }
        double commas = isParagraph(element) ? counts.commas() : Math.min(counts.commas(), chars / 30.0);
        return (1 + commas + Math.min(chars / 100.0, 3)) * (1 - counts.linkDensity());
    }

    private static boolean isParagraph(Element element) {
        return element.nameIs("p") || element.nameIs("pre") || element.nameIs("blockquote") || element.nameIs("td")
            || element.nameIs("dd");
    }

    private static void hand(Element paragraph, double score, Map<Element, Double> scores, Element body) {
        Element ancestor = isParagraph(paragraph) ? paragraph.parent() : paragraph;
        for (int level = 1; level <= 3 && ancestor != null; level++) {
            scores.merge(ancestor, score / level, Double::sum);
            if (ancestor == body) {
                break;
            }
            ancestor = ancestor.parent();
        }
    }

    private static boolean isPlainParagraph(Element element, TextStats stats) {
        TextStats.Counts counts = stats.of(element);
        String text = element.text();
        return element.nameIs("p") && (counts.chars() >= SIBLING_PARAGRAPH_CHARS && counts.linkDensity() < 0.25
            || counts.chars() > 0 && counts.linkDensity() == 0 && LineText.endsLikeSentence(text));
    }
}
