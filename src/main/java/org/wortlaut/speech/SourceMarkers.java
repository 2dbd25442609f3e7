package org.wortlaut.speech;

import java.util.List;
import org.wortlaut.model.QuoteType;
import org.wortlaut.model.Span;
import org.wortlaut.speech.SpeechLexicon.MarkerSide;

/**
 * Reads the source markers of reported speech: "Laut der Polizei …", "Nach Angaben des
 * Ministeriums …", "Dem Bericht zufolge …", "…, so der Minister, …" and "Demnach …", which
 * refers back to the source named before. The marker is the cue, the phrase it governs the
 * speaker, and the rest of the sentence the content. Stateless.
 */
final class SourceMarkers {

    private final CueFinder cues;
    private final SpeakerFinder speakers;

    SourceMarkers(SpeechLexicon lexicon) {
        this.cues = new CueFinder(lexicon);
        this.speakers = new SpeakerFinder(lexicon);
    }

    /** The sentence's statement under its first marker, or null; {@code carried} is the source before. */
    Speech find(Tokens tokens, SentenceRange sentence, Span carried) {
        for (int i = sentence.from(); i < sentence.end(); i++) {
            MarkerSide side = cues.markerSide(tokens, i);
            MarkedSource source = side == null ? null : switch (side) {
                case AFTER -> sourceAfter(tokens, sentence, i);
                case BEFORE -> sourceBefore(tokens, sentence, i);
                case ALONE -> new MarkedSource(new TokenRange(i, i + 1), carried);
            };
            List<TokenRange> content = source == null ? List.of() : sentence.without(tokens, source.frame().from(), source.frame().to());
            if (!content.isEmpty()) {
                return new Speech(QuoteType.INDIRECT, content,
                    new Attribution(CueFinder.single(tokens, i), source.speaker(), null, false));
            }
        }
        return null;
    }

    /** The words a marker takes out of the sentence, and who among them is the source. */
    private record MarkedSource(TokenRange frame, Span speaker) {
    }

    /** The marker and the source after it ("laut der Polizei"); "so" only after a comma. */
    private MarkedSource sourceAfter(Tokens tokens, SentenceRange sentence, int marker) {
        boolean so = tokens.text(marker).equalsIgnoreCase("so");
        if (so && !(tokens.is(marker - 1, ",") && cues.isFollowingSourceMarker(tokens, marker))) {
            return null;
        }
        // ", so der Bericht mit Verweis auf …, eine Konsequenz": the aside runs to its closing comma
        int limit = so ? nextComma(tokens, marker + 1, sentence.end()) : sentence.end();
        Span source = speakers.after(tokens, marker + 1, limit, false);
        if (source == null) {
            return null;
        }
        return new MarkedSource(new TokenRange(marker, so ? limit : tokens.firstEndingAfter(source.end() - 1) + 1), source);
    }

    private static int nextComma(Tokens tokens, int from, int end) {
        for (int i = from; i < end; i++) {
            if (tokens.is(i, ",")) {
                return i;
            }
        }
        return end;
    }

    /** The source before the marker and the marker ("dem Bericht zufolge"). */
    private MarkedSource sourceBefore(Tokens tokens, SentenceRange sentence, int marker) {
        Span source = speakers.endingAt(tokens, sentence.from(), marker);
        return source == null ? null : new MarkedSource(new TokenRange(tokens.firstEndingAfter(source.start()), marker + 1), source);
    }
}
