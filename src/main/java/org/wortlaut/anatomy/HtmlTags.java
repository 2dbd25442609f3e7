package org.wortlaut.anatomy;

import java.util.Set;
import org.jsoup.nodes.Element;

/** Which HTML elements break the text into blocks, hold no article text, or are headings. */
final class HtmlTags {

    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "center",
        "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre",
        "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "br", "caption");
    private static final Set<String> NO_TEXT = Set.of("script", "style", "noscript", "template", "svg", "canvas",
        "iframe", "object", "embed", "video", "audio", "picture", "img", "button", "select", "option", "input",
        "textarea", "label", "nav", "footer", "aside", "figure", "figcaption", "menu", "dialog", "head",
        "title", "meta", "link", "map", "area", "math");

    private HtmlTags() {
    }

    static boolean isBlock(Element element) {
        return BLOCKS.contains(element.normalName());
    }

    /** Elements whose text never belongs to the article: scripts, navigation, forms, figures. */
    static boolean holdsNoArticleText(Element element) {
        return NO_TEXT.contains(element.normalName());
    }

    /** 1 to 6 for h1 to h6, else 0. */
    static int headingLevel(Element element) {
        String name = element.normalName();
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6'
            ? name.charAt(1) - '0' : 0;
    }

    /**
     * Hidden by the {@code hidden} or {@code aria-hidden} attribute. Elements hidden by inline
     * style stay: pages hide paywalled or folded article text that way.
     */
    static boolean isHidden(Element element) {
        return element.hasAttr("hidden") || "true".equals(element.attr("aria-hidden"));
    }
}
