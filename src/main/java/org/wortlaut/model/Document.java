package org.wortlaut.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * An article and everything the chain found in it: the original text plus standoff layers with
 * character offsets into that text. Immutable; each stage returns a copy with its layer added.
 *
 * @param id        the article's id (file name without extension, or the record's id)
 * @param source    where it came from: a path, "path:line" for a record, or "-" for stdin
 * @param input     what the input said about the article besides its text (title, url, date)
 * @param warnings  what a researcher should know about the input (it was not UTF-8, a run-on
 *                  sentence was cut), in plain words
 * @param text      the text every offset points into
 */
@JsonPropertyOrder({"id", "source", "input", "warnings", "text", "blocks", "sentences", "tokens",
    "entities", "entityGroups", "figures", "quotes", "readingTime"})
public record Document(String id, String source, InputInfo input, List<String> warnings, String text,
                       List<Block> blocks,
                       List<Sentence> sentences, List<Token> tokens, List<Entity> entities,
                       List<EntityGroup> entityGroups, List<Figure> figures, List<Quote> quotes, ReadingTime readingTime) {

    public Document {
        warnings = List.copyOf(warnings);
        blocks = List.copyOf(blocks);
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        entities = List.copyOf(entities);
        entityGroups = List.copyOf(entityGroups);
        figures = List.copyOf(figures);
        quotes = List.copyOf(quotes);
    }

    /** A document with text only, before any stage has run. */
    public static Document of(String id, String source, InputInfo input, String text) {
        return new Document(id, source, input, List.of(), text, List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), null);
    }

    public Document withBlocks(List<Block> newBlocks) {
        return new Document(id, source, input, warnings, text, newBlocks, sentences, tokens, entities, entityGroups, figures,
            quotes, readingTime);
    }

    public Document withSentences(List<Sentence> newSentences, List<Token> newTokens) {
        return new Document(id, source, input, warnings, text, blocks, newSentences, newTokens, entities, entityGroups,
            figures, quotes, readingTime);
    }

    public Document withEntities(List<Entity> newEntities, List<EntityGroup> newGroups) {
        return new Document(id, source, input, warnings, text, blocks, sentences, tokens, newEntities, newGroups,
            figures, quotes, readingTime);
    }

    public Document withFigures(List<Figure> newFigures) {
        return new Document(id, source, input, warnings, text, blocks, sentences, tokens, entities, entityGroups, newFigures,
            quotes, readingTime);
    }

    public Document withQuotes(List<Quote> newQuotes) {
        return new Document(id, source, input, warnings, text, blocks, sentences, tokens, entities, entityGroups, figures,
            newQuotes, readingTime);
    }

    public Document withReadingTime(ReadingTime newReadingTime) {
        return new Document(id, source, input, warnings, text, blocks, sentences, tokens, entities, entityGroups, figures,
            quotes, newReadingTime);
    }

    public Document withWarning(String warning) {
        List<String> more = new java.util.ArrayList<>(warnings);
        more.add(warning);
        return new Document(id, source, input, more, text, blocks, sentences, tokens, entities, entityGroups,
            figures, quotes, readingTime);
    }

    /** Index of the sentence that contains {@code offset}, or -1 when it lies between sentences. */
    public int sentenceAt(int offset) {
        int low = 0;
        int high = sentences.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                high = mid - 1;
            } else if (offset >= s.end()) {
                low = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
