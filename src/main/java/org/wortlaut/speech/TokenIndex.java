package org.wortlaut.speech;

import java.util.List;
import org.wortlaut.model.Offsets;
import org.wortlaut.model.Span;
import org.wortlaut.model.Token;

/** The token layer of one document, indexed for the look-ups the frame reader makes. */
final class TokenIndex {

    private final List<Token> tokens;

    TokenIndex(List<Token> tokens) {
        this.tokens = tokens;
    }

    int size() {
        return tokens.size();
    }

    String text(int index) {
        return index >= 0 && index < tokens.size() ? tokens.get(index).text() : "";
    }

    int sentence(int index) {
        return tokens.get(index).sentence();
    }

    /** Index of the first token that ends after {@code offset}; {@link #size()} if none does. */
    int firstEndingAfter(int offset) {
        return Offsets.firstEndingAfter(tokens, offset, Token::end);
    }

    /** Index of the first token of the sentence of token {@code index}. */
    int sentenceStart(int index) {
        int sentence = sentence(index);
        while (index > 0 && sentence(index - 1) == sentence) {
            index--;
        }
        return index;
    }

    /** Index just past the last token of the sentence of token {@code index}. */
    int sentenceEnd(int index) {
        int sentence = sentence(index);
        while (index < tokens.size() && sentence(index) == sentence) {
            index++;
        }
        return index;
    }

    /** The character span of tokens {@code from} (inclusive) to {@code to} (exclusive). */
    Span span(int from, int to) {
        return new Span(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    boolean isWord(int index) {
        String text = text(index);
        return !text.isEmpty() && Character.isLetterOrDigit(text.charAt(0));
    }

    boolean isCapitalized(int index) {
        String text = text(index);
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    boolean isLowerCase(int index) {
        String text = text(index);
        return !text.isEmpty() && Character.isLowerCase(text.charAt(0));
    }

    boolean is(int index, String text) {
        return text(index).equals(text);
    }
}
