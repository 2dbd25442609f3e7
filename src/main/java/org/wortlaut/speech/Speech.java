package org.wortlaut.speech;

import java.util.List;
import org.wortlaut.model.LinkKind;
import org.wortlaut.model.QuoteType;

/**
 * A statement found in the tokens, of any type: its content parts, its frame, and where the frame
 * was found: around the statement (DIRECT), carried on from the statement before (CARRIED) or in
 * the sentence after it (BACKWARD).
 */
record Speech(QuoteType type, List<TokenRange> parts, Attribution attribution, LinkKind found) {

    Speech {
        parts = List.copyOf(parts);
    }

    Speech(QuoteType type, List<TokenRange> parts, Attribution attribution) {
        this(type, parts, attribution, LinkKind.DIRECT);
    }

    static Speech direct(FoundQuote quote) {
        return new Speech(QuoteType.DIRECT, quote.parts(), quote.attribution(),
            quote.carried() ? LinkKind.CARRIED : LinkKind.DIRECT);
    }

    int from() {
        return parts.get(0).from();
    }

    int to() {
        return parts.get(parts.size() - 1).to();
    }
}
