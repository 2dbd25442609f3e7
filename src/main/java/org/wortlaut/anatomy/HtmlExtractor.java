package org.wortlaut.anatomy;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.wortlaut.model.Article;
import org.wortlaut.model.UrlSource;

/**
 * Extracts the article from a web page: its text (headline, teaser, then body paragraphs and
 * subheadings, one block each, separated by blank lines), and its metadata from JSON-LD, Open
 * Graph, meta tags and time elements. Navigation, bylines, teasers of other articles, footers,
 * cookie banners, share and comment widgets stay out. Thread-safe: one instance serves all.
 */
public final class HtmlExtractor {

    /** Deeper pages are refused: the extraction walks the page recursively, and no article nests so deep. */
    public static final int DEFAULT_MAX_NESTING = 1000;

    private final int maxNesting;
    private final ClassHints hints = new ClassHints();
    private final PageCleaner cleaner = new PageCleaner(hints);
    private final ContentLocator locator = new ContentLocator(hints);
    private final BlockCollector collector = new BlockCollector();
    private final LeadFinder leadFinder = new LeadFinder(hints);
    private final DeclaredBodyLocator declaredBody = new DeclaredBodyLocator();
    private final MetadataReader metadataReader = new MetadataReader();
    private final PageLines lines = new PageLines();
    private final ArticleBlocks articleBlocks = new ArticleBlocks(lines);

    public HtmlExtractor() {
        this(DEFAULT_MAX_NESTING);
    }

    /** @param maxNesting the deepest nesting of elements read; a deeper page is refused */
    public HtmlExtractor(int maxNesting) {
        this.maxNesting = maxNesting;
    }

    /** @throws PageTooDeepException when elements nest deeper than the limit */
    public ExtractedPage extract(byte[] html, String url) {
        Document page = Jsoup.parse(HtmlDecoder.decode(html), url == null ? "" : url);
        PageTooDeepException.check(page, maxNesting);
        PageMetadata metadata = metadataReader.read(page);
        String pageHeadline = firstHeading(page);
        Element body = page.body();
        cleaner.clean(body);
        List<Element> content = new ArrayList<>(
            declaredBody.refine(body, locator.locate(body), metadata.articleBody()));
        Element lead = leadFinder.find(body, content, metadata.description());
        if (lead != null) {
            content.add(0, lead);
        }
        ArticleBlocks.Sorted sorted = articleBlocks.sort(collector.collect(content));
        PageText text = new PageText(headline(sorted.text(), pageHeadline, metadata), sorted.text());
        Article article = article(text, metadata, lines.facts(sorted.metaLines()), url);
        return new ExtractedPage(text.text(), text.blocks(), article);
    }

    /** The page's first h1, else its title; null when it has neither. */
    private static String firstHeading(Document page) {
        Element h1 = page.selectFirst("h1");
        String heading = h1 == null ? page.title() : h1.text();
        return heading.isBlank() ? null : heading.strip();
    }

    /**
     * The first h1 of the article text, else the headline the page declares, else the page's first
     * h1 or title (an h1 outside the article is as often the site's name).
     */
    private static String headline(List<HtmlBlock> blocks, String pageHeadline, PageMetadata metadata) {
        for (HtmlBlock block : blocks) {
            if (block.heading() == 1) {
                return block.text();
            }
        }
        return metadata.headline() != null ? metadata.headline() : pageHeadline;
    }

    /**
     * What the page declares comes first; its visible byline and date lines fill the gaps. The
     * address given with the page comes before the one the page gives itself.
     */
    private static Article article(PageText text, PageMetadata metadata, MetaFacts visible, String url) {
        List<String> authors = metadata.authors().isEmpty() ? visible.authors() : metadata.authors();
        String published = metadata.published() != null ? metadata.published() : visible.published();
        String updated = metadata.updated() != null ? metadata.updated() : visible.updated();
        PageAddress address = url != null ? new PageAddress(url, UrlSource.INPUT) : metadata.address();
        return new Article(metadata.section(), text.headline(), text.teaser(), authors, published, updated,
            visible.statedMinutes(), metadata.language(), address.url(), address.source(), text.zones());
    }
}
