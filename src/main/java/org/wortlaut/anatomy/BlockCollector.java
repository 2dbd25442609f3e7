package org.wortlaut.anatomy;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Reads the text of elements as blocks: every block element and every line break starts a new
 * block, inline elements run on. Headings keep their level; a short line set wholly in bold is a
 * heading too.
 */
final class BlockCollector {

    /** A paragraph set wholly in bold counts as a heading below h6. */
    static final int BOLD_TITLE_LEVEL = 7;
    private static final int BOLD_TITLE_WORDS = 12;

    List<HtmlBlock> collect(List<Element> roots) {
        Collector collector = new Collector();
        for (Element root : roots) {
            root.traverse(collector);
            collector.flush();
        }
        return collector.blocks;
    }

    private static final class Collector implements NodeVisitor {

        private final List<HtmlBlock> blocks = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private int linkDepth;
        private int boldChars;
        private int boldDepth;
        private int heading;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                append(textNode.getWholeText());
            } else if (node instanceof Element element) {
                if (HtmlTags.isBlock(element)) {
                    flush();
                    heading = HtmlTags.headingLevel(element);
                }
                linkDepth += element.nameIs("a") ? 1 : 0;
                boldDepth += isBold(element) ? 1 : 0;
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                linkDepth -= element.nameIs("a") ? 1 : 0;
                boldDepth -= isBold(element) ? 1 : 0;
                if (HtmlTags.isBlock(element)) {
                    flush();
                }
            }
        }

        private static boolean isBold(Element element) {
            return element.nameIs("b") || element.nameIs("strong");
        }

        private void append(String raw) {
            String collapsed = raw.replaceAll("[\\s\\u00A0]+", " ");
            if (collapsed.isEmpty() || collapsed.equals(" ") && (text.isEmpty() || text.charAt(text.length() - 1) == ' ')) {
                return;
            }
            text.append(collapsed);
            int chars = collapsed.strip().length();
            linkChars += linkDepth > 0 ? chars : 0;
            boldChars += boldDepth > 0 ? chars : 0;
        }

        void flush() {
            String block = text.toString().strip();
            if (!block.isEmpty()) {
                int level = heading == 0 && isBoldTitle(block) ? BOLD_TITLE_LEVEL : heading;
                blocks.add(new HtmlBlock(block, level, Math.min(1.0, (double) linkChars / block.length())));
            }
            text.setLength(0);
            linkChars = 0;
            boldChars = 0;
            heading = 0;
        }

        /** A short line set wholly in bold, without a sentence end: a subheading without heading markup. */
        private boolean isBoldTitle(String block) {
            return boldChars >= block.length() - 1 && LineText.words(block) <= BOLD_TITLE_WORDS
                && !LineText.endsLikeSentence(block);
        }
    }
}
