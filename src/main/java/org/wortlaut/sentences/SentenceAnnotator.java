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
        int cut = 0;
        for (Block block : document.blocks()) {
            for (Span span : splitter.split(text, block.start(), block.end())) {
                cut += wasCut(text, span) ? 1 : 0;
                int index = sentences.size();
                sentences.add(new Sentence(span.start(), span.end()));
                for (Span token : tokenizer.tokenize(text, span.start(), span.end())) {
                    tokens.add(new Token(token.start(), token.end(), token.of(text), index));
                }
            }
        }
        Document result = document.withSentences(sentences, tokens);
        return cut == 0 ? result : result.withWarning(cut + " run-on stretches without sentence punctuation"
            + " were cut into sentences of at most " + SentenceSplitter.MAX_SENTENCE_CHARS + " characters");
    }

    private static boolean wasCut(String text, Span sentence) {
        return sentence.length() > SentenceSplitter.MAX_SENTENCE_CHARS / 2
            && ".!?…\"“”»«)".indexOf(text.charAt(sentence.end() - 1)) < 0;
    }
}
