package org.wortlaut.speech;

import java.util.ArrayList;
import java.util.List;

/**
 * A direct quotation while it is being read: its parts (one unless interrupted), its frame, and
 * whether that frame is carried on from the quotation or sentence before.
 */
record FoundQuote(List<TokenRange> parts, Attribution attribution, boolean carried) {

    FoundQuote {
        parts = List.copyOf(parts);
    }

    FoundQuote(TokenRange range, Attribution attribution, boolean carried) {
        this(List.of(range), attribution, carried);
    }

    int from() {
        return parts.get(0).from();
    }

    int to() {
        return parts.get(parts.size() - 1).to();
    }

    FoundQuote withAttribution(Attribution newAttribution) {
        return new FoundQuote(parts, newAttribution, false);
    }

    /** This quotation continued by {@code next}, under this one's frame. */
    FoundQuote joinedWith(FoundQuote next) {
        List<TokenRange> joined = new ArrayList<>(parts);
        joined.addAll(next.parts);
        return new FoundQuote(joined, attribution, carried);
    }
}
