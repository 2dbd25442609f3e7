package org.wortlaut.speech;

import java.util.List;
import org.wortlaut.model.QuoteType;

/** A statement found in the tokens, of any type: its content parts and its frame. */
record Speech(QuoteType type, List<TokenRange> parts, Attribution attribution) {

    Speech {
        parts = List.copyOf(parts);
    }

    static Speech direct(FoundQuote quote) {
        return new Speech(QuoteType.DIRECT, quote.parts(), quote.attribution());
    }

    int from() {
        return parts.get(0).from();
    }

    int to() {
        return parts.get(parts.size() - 1).to();
    }
}
