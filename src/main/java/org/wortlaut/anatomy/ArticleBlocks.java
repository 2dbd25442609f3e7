package org.wortlaut.anatomy;

import java.util.ArrayList;
import java.util.List;

/**
 * Sorts the blocks read from the article's elements into article text and the byline, date and
 * reading-time lines among them; link lists, captions, related-article boxes and furniture go,
 * and everything from the heading of the comments on.
 */
final class ArticleBlocks {

    /** The article's text blocks, and the meta lines that stood between them. */
    record Sorted(List<HtmlBlock> text, List<String> metaLines) {
    }

    private static final double MAX_LINK_DENSITY = 0.5;
    private static final int PROSE_WORDS = 20;
    private static final double PROSE_MAX_LINK_DENSITY = 0.1;

    private final PageLines lines;

    ArticleBlocks(PageLines lines) {
        this.lines = lines;
    }

    Sorted sort(List<HtmlBlock> blocks) {
        List<HtmlBlock> kept = new ArrayList<>();
        List<String> metaLines = new ArrayList<>();
        boolean inRelatedList = false;
        for (HtmlBlock block : blocks) {
            String text = block.text();
            if (lines.isEndHeading(text) && !kept.isEmpty()) {
                break;
            }
            if (lines.isRelatedHeading(text)) {
                inRelatedList = true;
                continue;
            }
            inRelatedList = inRelatedList && !isProse(block);
            if (inRelatedList) {
                continue;
            }
            if (lines.isMeta(text, false)) {
                metaLines.add(text);
            } else if (!isFurniture(block)) {
                kept.add(block);
            }
        }
        return new Sorted(withoutEmptySections(kept), metaLines);
    }

    private boolean isFurniture(HtmlBlock block) {
        String text = block.text();
        return block.linkDensity() > MAX_LINK_DENSITY || lines.isBoilerplate(text)
            || lines.isCaption(text);
    }

    /**
     * Whether the block reads as article prose: a long, link-free paragraph. Such a paragraph
     * ends a related-articles box ("Lesen Sie auch: ...") set into the article.
     */
    private static boolean isProse(HtmlBlock block) {
        return block.heading() == 0 && block.linkDensity() < PROSE_MAX_LINK_DENSITY
            && LineText.words(block.text()) >= PROSE_WORDS && LineText.endsLikeSentence(block.text());
    }

    /**
     * Drops headings that head nothing: the text under them was link lists or furniture, so the
     * heading introduced those ("Weitere Beiträge", "Über den Autor"). A "heading" that ends in a
     * full stop is a sentence set large (a pull quote, a lead) and stays.
     */
    private static List<HtmlBlock> withoutEmptySections(List<HtmlBlock> blocks) {
        List<HtmlBlock> kept = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            HtmlBlock next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            if (!headsNothing(blocks.get(i), next)) {
                kept.add(blocks.get(i));
            }
        }
        return kept;
    }

    private static boolean headsNothing(HtmlBlock block, HtmlBlock next) {
        boolean empty = next == null || next.heading() > 0 && next.heading() <= block.heading();
        boolean subheading = block.heading() > 1 && block.heading() < BlockCollector.BOLD_TITLE_LEVEL;
        return subheading && empty && !block.text().endsWith(".");
    }
}
