package org.wortlaut.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * An article and everything the chain found in it: the original text plus standoff layers with
 * character offsets into that text. Immutable; each stage returns a copy with its layer added.
 *
 * @param id          the article's id (file name without extension, or the record's id)
 * @param source      where it came from: a path, "path:line" for a record, or "-" for stdin
 * @param input       what the input said about the article besides its text (title, url, date)
 * @param warnings    what a researcher should know about the input (it was not UTF-8, a run-on
 *                    sentence was cut), in plain words
 * @param text        the text every offset points into
 * @param article     the page's anatomy: metadata and zones; null before that stage
 * @param readability how hard the article text is to read; null before that stage
 */
@JsonPropertyOrder({"id", "source", "input", "warnings", "text", "article", "blocks", "sentences", "tokens",
    "entities", "entityGroups", "figures", "quotes", "claims", "readingTime", "readability"})
public record Document(String id, String source, InputInfo input, List<String> warnings, String text,
                       Article article, List<Block> blocks, List<Sentence> sentences, List<Token> tokens,
                       List<Entity> entities, List<EntityGroup> entityGroups, List<Figure> figures,
                       List<Quote> quotes, List<Claim> claims, ReadingTime readingTime, Readability readability) {

    public Document {
        warnings = List.copyOf(warnings);
        blocks = List.copyOf(blocks);
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        entities = List.copyOf(entities);
        entityGroups = List.copyOf(entityGroups);
        figures = List.copyOf(figures);
        quotes = List.copyOf(quotes);
        claims = List.copyOf(claims);
    }

    /** A document with text only, before any stage has run. */
    public static Document of(String id, String source, InputInfo input, String text) {
        return new Document(id, source, input, List.of(), text, null, List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), null, null);
    }

    public Document withBlocks(List<Block> newBlocks) {
        return copy().blocks(newBlocks).build();
    }

    public Document withArticle(Article newArticle) {
        return copy().article(newArticle).build();
    }

    public Document withSentences(List<Sentence> newSentences, List<Token> newTokens) {
        return copy().sentences(newSentences, newTokens).build();
    }

    public Document withEntities(List<Entity> newEntities, List<EntityGroup> newGroups) {
        return copy().entities(newEntities, newGroups).build();
    }

    public Document withFigures(List<Figure> newFigures) {
        return copy().figures(newFigures).build();
    }

    public Document withQuotes(List<Quote> newQuotes) {
        return copy().quotes(newQuotes).build();
    }

    public Document withClaims(List<Claim> newClaims) {
        return copy().claims(newClaims).build();
    }

    public Document withReadingTime(ReadingTime newReadingTime, Readability newReadability) {
        return copy().reading(newReadingTime, newReadability).build();
    }

    public Document withWarning(String warning) {
        List<String> more = new ArrayList<>(warnings);
        more.add(warning);
        return copy().warnings(more).build();
    }

    /** The kind of zone at {@code offset}; null when there is no anatomy or it lies between zones. */
    public ZoneKind zoneAt(int offset) {
        return article == null ? null : article.zoneAt(offset);
    }

    /**
     * Whether sentence {@code index} stands in a zone of the given kinds, such as
     * {@code ZoneKind::isAnalysed}; without anatomy every sentence does.
     */
    public boolean sentenceIn(int index, Predicate<ZoneKind> kinds) {
        ZoneKind zone = zoneAt(sentences.get(index).start());
        return zone == null || kinds.test(zone);
    }

    /** Index of the sentence that contains {@code offset}, or -1 when it lies between sentences. */
    public int sentenceAt(int offset) {
        return Offsets.indexContaining(sentences, offset, Sentence::start, Sentence::end);
    }

    /** Whether a sentence starts exactly at {@code offset}. */
    public boolean startsSentence(int offset) {
        int index = sentenceAt(offset);
        return index >= 0 && sentences.get(index).start() == offset;
    }

    private Copy copy() {
        return new Copy(this);
    }

    /** A mutable copy of a document's layers, for the withers above. */
    private static final class Copy {
        private final Document original;
        private List<String> warnings;
        private Article article;
        private List<Block> blocks;
        private List<Sentence> sentences;
        private List<Token> tokens;
        private List<Entity> entities;
        private List<EntityGroup> entityGroups;
        private List<Figure> figures;
        private List<Quote> quotes;
        private List<Claim> claims;
        private ReadingTime readingTime;
        private Readability readability;

        Copy(Document d) {
            original = d;
            warnings = d.warnings;
            article = d.article;
            blocks = d.blocks;
            sentences = d.sentences;
            tokens = d.tokens;
            entities = d.entities;
            entityGroups = d.entityGroups;
            figures = d.figures;
            quotes = d.quotes;
            claims = d.claims;
            readingTime = d.readingTime;
            readability = d.readability;
        }

        Copy warnings(List<String> value) {
            warnings = value;
            return this;
        }

        Copy article(Article value) {
            article = value;
            return this;
        }

        Copy blocks(List<Block> value) {
            blocks = value;
            return this;
        }

        Copy sentences(List<Sentence> value, List<Token> tokenValue) {
            sentences = value;
            tokens = tokenValue;
            return this;
        }

        Copy entities(List<Entity> value, List<EntityGroup> groups) {
            entities = value;
            entityGroups = groups;
            return this;
        }

        Copy figures(List<Figure> value) {
            figures = value;
            return this;
        }

        Copy quotes(List<Quote> value) {
            quotes = value;
            return this;
        }

        Copy claims(List<Claim> value) {
            claims = value;
            return this;
        }

        Copy reading(ReadingTime time, Readability scores) {
            readingTime = time;
            readability = scores;
            return this;
        }

        Document build() {
            return new Document(original.id, original.source, original.input, warnings, original.text, article, blocks,
                sentences, tokens, entities, entityGroups, figures, quotes, claims, readingTime, readability);
        }
    }
}
