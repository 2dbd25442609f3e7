package org.wortlaut.anatomy;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.wortlaut.model.Article;
import org.wortlaut.model.Block;
import org.wortlaut.model.ZoneKind;

/**
 * Extracts the article from a web page: its text (headline, teaser, then body paragraphs and
 * subheadings, one block each, separated by blank lines), and its metadata from JSON-LD, Open
 * Graph, meta tags and time elements. Navigation, bylines, teasers of other articles, footers,
 * cookie banners, share and comment widgets stay out. Thread-safe: one instance serves all.
 */
public final class HtmlExtractor {

    private static final double MAX_LINK_DENSITY = 0.5;
    private static final int MAX_CAPTION_WORDS = 40;
    private static final int PROSE_WORDS = 20;
    private static final double PROSE_MAX_LINK_DENSITY = 0.1;

    private final ClassHints hints = new ClassHints();
    private final PageCleaner cleaner = new PageCleaner(hints);
    private final ContentLocator locator = new ContentLocator(hints);
    private final BlockCollector collector = new BlockCollector();
    private final LeadFinder leadFinder = new LeadFinder(hints);
    private final MetadataReader metadataReader = new MetadataReader();
    private final PageLines lines = new PageLines();

    public ExtractedPage extract(byte[] html, String url) {
        Document page = Jsoup.parse(HtmlDecoder.decode(html), url == null ? "" : url);
        PageMetadata metadata = metadataReader.read(page);
        String pageHeadline = firstHeading(page);
        Element body = page.body();
        cleaner.clean(body);
        List<Element> content = new ArrayList<>(locator.locate(body));
        Element lead = leadFinder.find(body, content, metadata.description());
        if (lead != null) {
            content.add(0, lead);
        }
        List<HtmlBlock> blocks = articleBlocks(collector.collect(content));
        String headline = headline(blocks, pageHeadline, metadata);
        return assemble(headline, blocks, metadata, url);
    }

    private static String firstHeading(Document page) {
        Element h1 = page.selectFirst("h1");
        return h1 == null || h1.text().isBlank() ? null : h1.text().strip();
    }

    /**
     * Whether the block reads as article prose: a long, link-free paragraph. Such a paragraph
     * ends a related-articles box ("Lesen Sie auch: ...") set into the article.
     */
    private static boolean isProse(HtmlBlock block) {
        return block.heading() == 0 && block.linkDensity() < PROSE_MAX_LINK_DENSITY
            && LineText.words(block.text()) >= PROSE_WORDS && LineText.endsLikeSentence(block.text());
    }

    /** The blocks that are article text: no link lists, bylines, dates, captions or furniture. */
    private List<HtmlBlock> articleBlocks(List<HtmlBlock> blocks) {
        List<HtmlBlock> kept = new ArrayList<>();
        boolean inRelatedList = false;
        for (HtmlBlock block : blocks) {
            String text = block.text();
            if (lines.isRelatedHeading(text)) {
                inRelatedList = true;
                continue;
            }
            inRelatedList = inRelatedList && !isProse(block);
            if (inRelatedList) {
                continue;
            }
            if (block.linkDensity() > MAX_LINK_DENSITY || lines.isMeta(text, false) || lines.isBoilerplate(text)
                || lines.isCaption(text) && LineText.words(text) <= MAX_CAPTION_WORDS) {
                continue;
            }
            kept.add(block);
        }
        return withoutEmptySections(kept);
    }

    /** A heading followed by no text of its own. */
    private static boolean headsNothing(HtmlBlock block, HtmlBlock next) {
        boolean empty = next == null || next.heading() > 0 && next.heading() <= block.heading();
        return block.heading() > 1 && empty && !block.text().endsWith(".");
    }

    /**
     * Drops headings that head nothing: the text under them was link lists or furniture, so the
     * heading introduced those ("Weitere Beiträge", "Über den Autor"). A "heading" that ends in a
     * full stop is a sentence set large (a pull quote, a lead) and stays.
     */
    private static List<HtmlBlock> withoutEmptySections(List<HtmlBlock> blocks) {
        List<HtmlBlock> kept = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            HtmlBlock block = blocks.get(i);
            HtmlBlock next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            if (headsNothing(block, next)) {
                continue;
            }
            kept.add(block);
        }
        return kept;
    }

    /** The first h1 of the article text, else of the page, else the declared headline. */
    private static String headline(List<HtmlBlock> blocks, String pageHeadline, PageMetadata metadata) {
        for (HtmlBlock block : blocks) {
            if (block.heading() == 1) {
                return block.text();
            }
        }
        return pageHeadline != null ? pageHeadline : metadata.headline();
    }

    private static ExtractedPage assemble(String headline, List<HtmlBlock> blocks, PageMetadata metadata, String url) {
        TextBuilder text = new TextBuilder();
        if (headline != null) {
            text.add(headline, ZoneKind.HEADLINE);
        }
        String teaser = null;
        for (HtmlBlock block : blocks) {
            if (block.heading() == 1 && block.text().equals(headline)) {
                continue;
            }
            ZoneKind kind;
            if (block.heading() > 0) {
                kind = ZoneKind.SUBHEADING;
            } else if (teaser == null) {
                kind = ZoneKind.TEASER;
                teaser = block.text();
            } else {
                kind = ZoneKind.BODY;
            }
            text.add(block.text(), kind);
        }
        Article article = new Article(metadata.section(), headline, teaser, metadata.authors(),
            metadata.published(), metadata.updated(), null, metadata.language(), url, text.zones());
        return new ExtractedPage(text.text(), text.blocks(), article);
    }

    /** Joins blocks with blank lines and remembers where each block and its kind are. */
    private static final class TextBuilder {

        private final StringBuilder text = new StringBuilder();
        private final List<Block> blocks = new ArrayList<>();
        private final List<ZoneKind> kinds = new ArrayList<>();

        void add(String block, ZoneKind kind) {
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

        List<org.wortlaut.model.Zone> zones() {
            return Zones.of(blocks, kinds.toArray(new ZoneKind[0]));
        }
    }
}
