package org.wortlaut.anatomy;

import java.util.List;
import org.wortlaut.model.Article;
import org.wortlaut.model.Block;
import org.wortlaut.model.Document;
import org.wortlaut.model.InputInfo;
import org.wortlaut.model.UrlSource;
import org.wortlaut.model.Zone;
import org.wortlaut.model.ZoneKind;

/**
 * Adds the article layer: which part of the page every block is, and the page's metadata. Plain
 * text is all body. A document that arrives with its anatomy (from an HTML page) keeps it. What
 * the input record says (title, url, published) fills what the page does not show. Thread-safe.
 */
public final class AnatomyAnnotator {

    private static final String LANGUAGE = "de";

    private final boolean plain;
    private final PageAnatomy pageAnatomy = new PageAnatomy();

    public AnatomyAnnotator(boolean plain) {
        this.plain = plain;
    }

    public Document annotate(Document document) {
        if (document.article() != null) {
            return document;
        }
        Article article = plain ? bodyOnly(document.blocks())
            : pageAnatomy.analyse(document.text(), document.blocks());
        return document.withArticle(withInput(article, document.input()));
    }

    private static Article bodyOnly(List<Block> blocks) {
        List<Zone> zones = blocks.isEmpty() ? List.of()
            : List.of(new Zone(blocks.get(0).start(), blocks.get(blocks.size() - 1).end(), ZoneKind.BODY));
        return new Article(null, null, null, List.of(), null, null, null, LANGUAGE, null, null, zones);
    }

    /**
     * The article with what the input record says filled in where the page says nothing; the
     * record's url comes first, being the key the researcher joins on.
     */
    public static Article withInput(Article article, InputInfo input) {
        boolean inputUrl = input.url() != null;
        return new Article(article.section(), firstOf(article.headline(), input.title()), article.teaser(),
            article.authors(), firstOf(article.published(), input.published()), article.updated(),
            article.statedReadingMinutes(), firstOf(article.language(), LANGUAGE),
            inputUrl ? input.url() : article.url(), inputUrl ? UrlSource.INPUT : article.urlSource(), article.zones());
    }

    private static String firstOf(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }
}
