package org.wortlaut;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.UnaryOperator;
import org.slf4j.LoggerFactory;
import org.wortlaut.anatomy.AnatomyAnnotator;
import org.wortlaut.anatomy.BlockSplitter;
import org.wortlaut.anatomy.ExtractedPage;
import org.wortlaut.anatomy.HtmlExtractor;
import org.wortlaut.claims.ClaimAttributor;
import org.wortlaut.entities.EntityRecognizer;
import org.wortlaut.figures.FigureExtractor;
import org.wortlaut.io.TextDecoder;
import org.wortlaut.model.Document;
import org.wortlaut.model.InputInfo;
import org.wortlaut.readingtime.ReadingTimeEstimator;
import org.wortlaut.sentences.SentenceAnnotator;
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
    private final HtmlExtractor htmlExtractor;

    private Wortlaut(WortlautConfig config) {
        this.config = config;
        // logging starts first: two threads that log while it starts make SLF4J warn on stderr
        LoggerFactory.getILoggerFactory();
        // CoreNLP's model takes longest to load: it loads on another core while the rest do
        CompletableFuture<EntityRecognizer> entities = CompletableFuture.supplyAsync(() -> new EntityRecognizer(config.ner()));
        BlockSplitter blocks = new BlockSplitter(config.plain());
        AnatomyAnnotator anatomy = new AnatomyAnnotator(config.plain());
        SentenceAnnotator sentences = new SentenceAnnotator();
        FigureExtractor figures = new FigureExtractor();
        QuoteFinder quotes = new QuoteFinder();
        ClaimAttributor claims = new ClaimAttributor();
        ReadingTimeEstimator readingTime = new ReadingTimeEstimator(config.wordsPerMinute());
        this.htmlExtractor = new HtmlExtractor(config.maxNesting());
        this.stages = List.of(blocks::annotate, anatomy::annotate, sentences::annotate, loaded(entities)::annotate,
            figures::annotate, quotes::annotate, claims::annotate, readingTime::annotate);
    }

    /** The loaded model, or the error that stopped its loading, as if it had been loaded here. */
    private static <T> T loaded(CompletableFuture<T> model) {
        try {
            return model.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
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
        return annotate(readPage(id, source, input, html));
    }

    /**
     * A saved web page's article text, blocks and metadata, not yet annotated: the text's length
     * can be checked before the chain runs.
     *
     * @throws org.wortlaut.anatomy.PageTooDeepException when its elements nest deeper than the limit
     */
    public Document readPage(String id, String source, InputInfo input, byte[] html) {
        ExtractedPage page = htmlExtractor.extract(html, input.url());
        Document document = Document.of(id, source, input, page.text()).withBlocks(page.blocks())
            .withArticle(AnatomyAnnotator.withInput(page.article(), input));
        return page.text().isBlank() ? document.withWarning("no article text found on the page") : document;
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
        private int maxNesting = WortlautConfig.DEFAULT.maxNesting();
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

        /** The deepest nesting of elements read from a web page; deeper pages are refused. */
        public Builder maxNesting(int levels) {
            this.maxNesting = levels;
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
            this.maxNesting = config.maxNesting();
            this.ner = config.ner();
            return this;
        }

        public Wortlaut build() {
            return new Wortlaut(new WortlautConfig(plain, wordsPerMinute, maxNesting, ner));
        }
    }
}
