package org.wortlaut.anatomy;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Character counts for every element of a page, gathered in one pass: all text, text inside
 * links, commas, and the text that sits directly in the element (not in a nested block).
 */
final class TextStats {

    record Counts(int chars, int linkChars, int commas, int inlineChars) {

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    private final Map<Element, Counts> counts = new IdentityHashMap<>();

    TextStats(Element root) {
        count(root, false);
    }

    Counts of(Element element) {
        return counts.getOrDefault(element, new Counts(0, 0, 0, 0));
    }

    private Counts count(Element element, boolean inLink) {
        boolean link = inLink || element.nameIs("a");
        int chars = 0;
        int linkChars = 0;
        int commas = 0;
        int inline = 0;
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                String t = text.text().strip();
                chars += t.length();
                linkChars += link ? t.length() : 0;
                commas += commas(t);
                inline += t.length();
            } else if (child instanceof Element e) {
                Counts c = count(e, link);
                chars += c.chars;
                linkChars += c.linkChars;
                commas += c.commas;
                inline += HtmlTags.isBlock(e) ? 0 : c.chars;
            }
        }
        Counts result = new Counts(chars, linkChars, commas, inline);
        counts.put(element, result);
        return result;
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ',') {
                n++;
            }
        }
        return n;
    }
}
