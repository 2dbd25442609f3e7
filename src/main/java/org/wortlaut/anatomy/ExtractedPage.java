package org.wortlaut.anatomy;

import java.util.List;
import org.wortlaut.model.Article;
import org.wortlaut.model.Block;

/**
 * The main text of a web page: one block per headline, paragraph or subheading, separated by
 * blank lines, and what the page says about the article, with zones into {@code text}.
 */
public record ExtractedPage(String text, List<Block> blocks, Article article) {

    public ExtractedPage {
        blocks = List.copyOf(blocks);
    }
}
