package org.wortlaut.speech;

import java.util.List;
import org.wortlaut.anatomy.BlockSplitter;
import org.wortlaut.entities.EntityRecognizer;
import org.wortlaut.model.Document;
import org.wortlaut.model.InputInfo;
import org.wortlaut.model.Quote;
import org.wortlaut.model.QuoteType;
import org.wortlaut.sentences.SentenceAnnotator;

/** The chain the quote tests run: blocks, sentences, optionally entities, then quotes. */
final class QuoteChain {

    private static final SentenceAnnotator SENTENCES = new SentenceAnnotator();
    private static final QuoteFinder FINDER = new QuoteFinder();

    private final BlockSplitter blocks;
    private final EntityRecognizer entities;

    QuoteChain(boolean plain, EntityRecognizer entities) {
        this.blocks = new BlockSplitter(plain);
        this.entities = entities;
    }

    /** Plain text without entities. */
    QuoteChain() {
        this(true, null);
    }

    Document run(String text) {
        Document document = SENTENCES.annotate(blocks.annotate(Document.of("test", "-", InputInfo.NONE, text)));
        if (entities != null) {
            document = entities.annotate(document);
        }
        return FINDER.annotate(document);
    }

    List<Quote> quotes(String text) {
        return run(text).quotes();
    }

    /** The one direct quotation of {@code text}; a reported clause around it may stand beside it. */
    Quote onlyDirect(String text) {
        List<Quote> quotes = quotes(text).stream().filter(q -> q.type() == QuoteType.DIRECT).toList();
        if (quotes.size() != 1) {
            throw new AssertionError("expected one direct quote in " + text + " but found " + quotes);
        }
        return quotes.get(0);
    }

    /** The one quote of {@code text}. */
    Quote only(String text) {
        List<Quote> quotes = quotes(text);
        if (quotes.size() != 1) {
            throw new AssertionError("expected one quote in " + text + " but found " + quotes);
        }
        return quotes.get(0);
    }
}
