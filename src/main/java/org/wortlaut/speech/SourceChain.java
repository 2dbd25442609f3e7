package org.wortlaut.speech;

import org.wortlaut.model.QuoteType;
import org.wortlaut.model.Span;

/** The source of the sentence just before, which a cue-less Konjunktiv sentence goes on with. */
final class SourceChain {

    /**
     * How many sentences without speech the source survives. A longer reach finds more free
     * indirect speech in the news data but gives more of it the wrong speaker.
     */
    private static final int GAP = 0;

    private Span speaker;
    private boolean afterQuotation;
    private int silent;

    Span speaker() {
        return speaker;
    }

    /**
     * Whether the source was last heard in quotation marks: the author's own comment after a
     * quotation ("Eine schöne Vision – aber sie würde Milliarden kosten.") takes the Konjunktiv II
     * too, so only a Konjunktiv I goes on with the speaker there.
     */
    boolean afterQuotation() {
        return afterQuotation;
    }

    /** The next sentence was read: its statement's source carries on; after too long a silence the chain breaks. */
    void next(Speech speech) {
        Span found = speech == null ? null : speech.attribution().speaker();
        if (found != null) {
            speaker = found;
            afterQuotation = speech.type() == QuoteType.DIRECT;
            silent = 0;
        } else if (speech != null || ++silent > GAP) {
            speaker = null;
        }
    }
}
