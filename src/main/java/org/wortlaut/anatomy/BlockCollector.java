package org.wortlaut.anatomy;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Reads the text of elements as blocks: every block element and every line break starts a new
 * block, inline elements run on.
 */
final class BlockCollector {

    List<HtmlBlock> collect(List<Element> roots) {
        Collector collector = new Collector();
        for (Element root : roots) {
            root.filter(collector);
            collector.flush();
        }
        return collector.blocks;
    }

    private final class Collector implements NodeFilter {

        private final List<HtmlBlock> blocks = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private int linkDepth;
        private int heading;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                append(textNode.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
                return FilterResult.CONTINUE;
            }
            if (HtmlTags.isBlock(element)) {
                flush();
                heading = HtmlTags.headingLevel(element);
            }
            if (element.nameIs("a")) {
                linkDepth++;
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element) {
                if (element.nameIs("a")) {
                    linkDepth--;
                }
                if (HtmlTags.isBlock(element)) {
                    flush();
                }
            }
            return FilterResult.CONTINUE;
        }

        private void append(String raw) {
            String collapsed = raw.replaceAll("[\\s\\u00A0]+", " ");
            if (collapsed.isEmpty() || collapsed.equals(" ") && (text.isEmpty() || text.charAt(text.length() - 1) == ' ')) {
                return;
            }
            text.append(collapsed);
            if (linkDepth > 0) {
                linkChars += collapsed.strip().length();
            }
        }

        void flush() {
            String block = text.toString().strip();
            if (!block.isEmpty()) {
                blocks.add(new HtmlBlock(block, heading, Math.min(1.0, (double) linkChars / block.length())));
            }
            text.setLength(0);
            linkChars = 0;
            heading = 0;
        }
    }
}
