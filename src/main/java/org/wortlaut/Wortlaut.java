package org.wortlaut;

import java.util.List;
import java.util.function.UnaryOperator;
import org.wortlaut.anatomy.AnatomyAnnotator;
import org.wortlaut.anatomy.BlockSplitter;
import org.wortlaut.anatomy.ExtractedPage;
import org.wortlaut.anatomy.HtmlExtractor;
import org.wortlaut.entities.EntityRecognizer;
import org.wortlaut.figures.FigureExtractor;
import org.wortlaut.io.TextDecoder;
import org.wortlaut.model.Document;
import org.wortlaut.model.InputInfo;
import org.wortlaut.readingtime.ReadingTimeEstimator;
import org.wortlaut.sentences.SentenceAnnotator;
import org.wortlaut.speech.ClaimAttributor;
import org.wortlaut.speech.QuoteFinder;

/**
 * The annotation chain: blocks, sentences and tokens, entities, figures, reported speech,
 * reading time. Build it once (loading the models takes a few seconds) and share it: {@link
 * #annotate} is safe to call from many threads.
 *
 * <pre>{@code
 * Wortlaut wortlaut = Wortlaut.builder().wordsPerMinute(220).build();
 * Document doc = wortlaut.annotate("a1", "Die Inflation stieg auf 3,2 Prozent, sagte Müller.");
 * }</pre>
 */
public final class Wortlaut {

    private final WortlautConfig config;
    private final List<UnaryOperator<Document>> stages;
    private final HtmlExtractor htmlExtractor = new HtmlExtractor();

    private Wortlaut(WortlautConfig config) {
        this.config = config;
        this.stages = List.of(
            new BlockSplitter(config.plain())::annotate,
            new AnatomyAnnotator(config.plain())::annotate,
            new SentenceAnnotator()::annotate,
            new EntityRecognizer(config.ner())::annotate,
            new FigureExtractor()::annotate,
            new QuoteFinder()::annotate,
            new ClaimAttributor()::annotate,
            new ReadingTimeEstimator(config.wordsPerMinute())::annotate);
    }

    public static Builder builder() {
        return new Builder();
    }

    public WortlautConfig config() {
        return config;
    }

    /** Annotates one article; its id also serves as its source. */
    public Document annotate(String id, String text) {
        return annotate(Document.of(id, id, InputInfo.NONE, text));
    }

    /**
     * Annotates a saved web page: its main article text, with headline, teaser, subheadings and
     * body as zones and the page's metadata, becomes the document's text.
     *
     * @param input what is known besides the page; its url helps to resolve the page's links
     */
    public Document annotateHtml(String id, String source, InputInfo input, byte[] html) {
        ExtractedPage page = htmlExtractor.extract(html, input.url());
        Document document = Document.of(id, source, input, page.text()).withBlocks(page.blocks())
            .withArticle(AnatomyAnnotator.withInput(page.article(), input));
        return annotate(page.text().isBlank() ? document.withWarning("no article text found on the page") : document);
    }

    /** Runs every stage on a document that holds text only. */
    public Document annotate(Document document) {
        Document result = withValidText(document);
        for (UnaryOperator<Document> stage : stages) {
            result = stage.apply(result);
        }
        return result;
    }

    /** Text that UTF-8 can carry: an unpaired surrogate becomes U+FFFD, with a warning. */
    private static Document withValidText(Document document) {
        String repaired = TextDecoder.withoutLoneSurrogates(document.text());
        if (repaired == null) {
            return document;
        }
        Document copy = Document.of(document.id(), document.source(), document.input(), repaired);
        for (String warning : document.warnings()) {
            copy = copy.withWarning(warning);
        }
        return copy.withWarning("unpaired UTF-16 surrogates replaced by U+FFFD");
    }

    /** Typed configuration of the chain; every setting has a default. */
    public static final class Builder {
        private boolean plain = WortlautConfig.DEFAULT.plain();
        private int wordsPerMinute = WortlautConfig.DEFAULT.wordsPerMinute();
        private EntityRecognizer.Tagger ner = WortlautConfig.DEFAULT.ner();

        private Builder() {
        }

        public Builder plain(boolean plainText) {
            this.plain = plainText;
            return this;
        }

        public Builder wordsPerMinute(int rate) {
            this.wordsPerMinute = rate;
            return this;
        }

        /** The project's entity model (default), or CoreNLP's alone. */
        public Builder ner(EntityRecognizer.Tagger tagger) {
            this.ner = tagger;
            return this;
        }

        public Builder config(WortlautConfig config) {
            this.plain = config.plain();
            this.wordsPerMinute = config.wordsPerMinute();
            this.ner = config.ner();
            return this;
        }

        public Wortlaut build() {
            return new Wortlaut(new WortlautConfig(plain, wordsPerMinute, ner));
        }
    }
}
