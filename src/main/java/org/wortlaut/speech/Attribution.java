package org.wortlaut.speech;

import java.util.ArrayList;
import java.util.List;
import org.wortlaut.model.Span;

/**
 * Who said a quotation and how the text says so: the cue spans (a verb and its particle, or a
 * marker like "so"), the speaker and the addressee (null when absent), and whether the frame
 * follows the quotation ("„…“, sagte er") rather than leading into it.
 */
record Attribution(List<Span> cue, Span speaker, Span addressee, boolean follows) {

    static final Attribution NONE = new Attribution(List.of(), null, null, false);

    Attribution {
        cue = List.copyOf(cue);
    }

    boolean isEmpty() {
        return cue.isEmpty() && speaker == null;
    }

    boolean hasCue() {
        return !cue.isEmpty();
    }

    Attribution withSpeaker(Span newSpeaker) {
        return new Attribution(cue, newSpeaker, addressee, follows);
    }

    /** The same frame, read as leading into the quotation. */
    Attribution leading() {
        return new Attribution(cue, speaker, addressee, false);
    }

    /** "Wie … erklärte": a cue word that opens the verb's clause. */
    Attribution withCueBefore(Span span) {
        List<Span> spans = new ArrayList<>(cue);
        spans.add(0, span);
        return new Attribution(spans, speaker, addressee, follows);
    }
}
