package org.wortlaut.anatomy;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Finds the elements that hold the article text. Every paragraph scores by its length and commas,
 * less the share of its text in links, and hands its score to its parent, and halved and thirded
 * to the two ancestors above; an ancestor's score then rises or falls with its class and id names
 * and falls with its own link density. The best ancestor is the article, with those of its
 * siblings that score nearly as well or hold plain paragraphs.
 */
final class ContentLocator {

    private static final int MIN_PARAGRAPH_CHARS = 25;
    private static final double HINT_POINTS = 6;
    private static final double SIBLING_SHARE = 0.2;
    private static final int SIBLING_PARAGRAPH_CHARS = 80;
    private static final double WIDEN_SHARE = 0.85;
    private static final double WIDEN_MAX_LINK_DENSITY = 0.35;

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
        if (best == null) {
            return List.of(body);
        }
        Element widened = widen(best, contained, stats, body);
        return widened != best ? List.of(widened) : withSiblings(best, bestScore, scores, stats);
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

    private List<Element> withSiblings(Element best, double bestScore, Map<Element, Double> scores, TextStats stats) {
        Element parent = best.parent();
        if (parent == null) {
            return List.of(best);
        }
        List<Element> chosen = new ArrayList<>();
        double threshold = Math.max(10, bestScore * SIBLING_SHARE);
        for (Element sibling : parent.children()) {
            if (sibling == best || scores.getOrDefault(sibling, 0.0) >= threshold || isPlainParagraph(sibling, stats)) {
                chosen.add(sibling);
            }
        }
        return chosen;
    }

    private static boolean isPlainParagraph(Element element, TextStats stats) {
        TextStats.Counts counts = stats.of(element);
        String text = element.text();
        return element.nameIs("p") && (counts.chars() >= SIBLING_PARAGRAPH_CHARS && counts.linkDensity() < 0.25
            || counts.chars() > 0 && counts.linkDensity() == 0 && LineText.endsLikeSentence(text));
    }
}
