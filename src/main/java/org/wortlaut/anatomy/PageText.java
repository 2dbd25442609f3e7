package org.wortlaut.anatomy;

import java.util.ArrayList;
import java.util.List;
import org.wortlaut.model.Block;
import org.wortlaut.model.Zone;
import org.wortlaut.model.ZoneKind;

/**
 * The text of an extracted page as it is built: blocks joined by blank lines, each with its
 * offsets and its kind. The headline comes first, then the first paragraph as teaser, then body
 * paragraphs and subheadings.
 */
final class PageText {

    private final StringBuilder text = new StringBuilder();
    private final List<Block> blocks = new ArrayList<>();
    private final List<ZoneKind> kinds = new ArrayList<>();
    private final String headline;
    private String teaser;

    PageText(String headline, List<HtmlBlock> article) {
        this.headline = headline;
        if (headline != null) {
            add(headline, ZoneKind.HEADLINE);
        }
        for (HtmlBlock block : article) {
            if (block.heading() == 1 && block.text().equals(headline)) {
                continue;
            }
            add(block.text(), kindOf(block));
        }
    }

    private ZoneKind kindOf(HtmlBlock block) {
        if (block.heading() > 0) {
            return ZoneKind.SUBHEADING;
        }
        if (teaser == null) {
            teaser = block.text();
            return ZoneKind.TEASER;
        }
        return ZoneKind.BODY;
    }

    private void add(String block, ZoneKind kind) {
        if (!text.isEmpty()) {
            text.append("\n\n");
        }
        blocks.add(new Block(text.length(), text.length() + block.length()));
        kinds.add(kind);
        text.append(block);
    }

    String text() {
        return text.toString();
    }

    List<Block> blocks() {
        return blocks;
    }

    String headline() {
        return headline;
    }

    /** The first paragraph, or null when the page has none. */
    String teaser() {
        return teaser;
    }

    List<Zone> zones() {
        return Zones.of(blocks, kinds.toArray(new ZoneKind[0]));
    }
}
