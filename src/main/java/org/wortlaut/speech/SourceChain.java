package org.wortlaut.speech;

import org.wortlaut.model.Span;

/** The source of the sentence just before, which a cue-less Konjunktiv sentence goes on with. */
final class SourceChain {

    /**
     * How many sentences without speech the source survives. A longer reach finds more free
     * indirect speech in the news data but gives more of it the wrong speaker.
     */
    private static final int GAP = 0;

    private Span speaker;
    private int silent;

    Span speaker() {
        return speaker;
    }

    /** The next sentence was read: its statement's source carries on; after too long a silence the chain breaks. */
    void next(Speech speech) {
        Span found = speech == null ? null : speech.attribution().speaker();
        if (found != null) {
            speaker = found;
            silent = 0;
        } else if (speech != null || ++silent > GAP) {
            speaker = null;
        }
    }
}
