package org.wortlaut.sentences;

import java.util.ArrayList;
import java.util.List;
import org.wortlaut.model.Block;
import org.wortlaut.model.Document;
import org.wortlaut.model.Sentence;
import org.wortlaut.model.Span;
import org.wortlaut.model.Token;

/** Adds the sentence and token layers, block by block. Thread-safe. */
public final class SentenceAnnotator {

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final Tokenizer tokenizer = new Tokenizer();

    public Document annotate(Document document) {
        String text = document.text();
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        for (Block block : document.blocks()) {
            for (Span span : splitter.split(text, block.start(), block.end())) {
                int index = sentences.size();
                sentences.add(new Sentence(span.start(), span.end()));
                for (Span token : tokenizer.tokenize(text, span.start(), span.end())) {
                    tokens.add(new Token(token.start(), token.end(), token.of(text), index));
                }
            }
        }
        return document.withSentences(sentences, tokens);
    }
}
