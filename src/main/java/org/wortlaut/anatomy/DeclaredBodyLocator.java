package org.wortlaut.anatomy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Uses the article text a page declares in JSON-LD ({@code articleBody}) as a hint: the smallest
 * element that shows both its opening and its closing words holds the article. Used only when
 * the element found by scoring holds clearly less text than the page declares.
 */
final class DeclaredBodyLocator {

    private static final int MIN_DECLARED_CHARS = 500;
    private static final int SNIPPET_CHARS = 40;
    private static final double MAX_SIZE_FACTOR = 2.5;
    private static final double FOUND_SHARE_NEEDED = 0.7;
    private static final double MAX_LINK_DENSITY = 0.3;

    /** The content to use: the scored elements, or the element that shows the declared text. */
    List<Element> refine(Element body, List<Element> scored, String declared) {
        if (declared == null || declared.length() < MIN_DECLARED_CHARS) {
            return scored;
        }
        List<String> paragraphs = paragraphs(declared);
        int declaredChars = paragraphs.stream().mapToInt(String::length).sum();
        if (chars(scored) >= FOUND_SHARE_NEEDED * declaredChars) {
            return scored;
        }
        Element first = firstShown(body, paragraphs);
        List<String> backwards = new ArrayList<>(paragraphs);
        Collections.reverse(backwards);
        Element last = firstShown(body, backwards);
        Element holder = first == null || last == null ? null : commonAncestor(first, last);
        if (holder == null || holder == body || !fitsDeclared(holder, declaredChars)) {
            return scored;
        }
        return List.of(holder);
    }

    /** The declared text's paragraphs; markup in it is read as HTML. */
    private static List<String> paragraphs(String declared) {
        String text = declared.contains("<") ? Jsoup.parse(declared.replace("\n", "<br>")).wholeText() : declared;
        return Arrays.stream(text.split("\\s*\\n\\s*")).map(DeclaredBodyLocator::fold)
            .filter(p -> p.length() >= SNIPPET_CHARS).toList();
    }

    /** The element showing the first of these paragraphs that the page shows at all. */
    private static Element firstShown(Element body, List<String> paragraphs) {
        for (String paragraph : paragraphs) {
            Element shown = deepestContaining(body, paragraph.substring(0, SNIPPET_CHARS));
            if (shown != null) {
                return shown;
            }
        }
        return null;
    }

    private static boolean fitsDeclared(Element holder, int declaredChars) {
        String text = holder.text();
        int linkChars = holder.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return text.length() <= MAX_SIZE_FACTOR * declaredChars && linkChars <= MAX_LINK_DENSITY * text.length();
    }

    private static int chars(List<Element> elements) {
        return elements.stream().mapToInt(e -> e.text().length()).sum();
    }

    private static Element deepestContaining(Element body, String snippet) {
        Element deepest = null;
        for (Element element : body.getElementsContainingText(snippet.strip())) {
            if (fold(element.text()).contains(snippet) && (deepest == null || element.parents().contains(deepest))) {
                deepest = element;
            }
        }
        return deepest;
    }

    private static Element commonAncestor(Element a, Element b) {
        List<Element> aAncestors = a.parents();
        for (Element candidate = b; candidate != null; candidate = candidate.parent()) {
            if (candidate == a || aAncestors.contains(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static String fold(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
