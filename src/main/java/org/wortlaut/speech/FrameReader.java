package org.wortlaut.speech;

import java.util.List;
import org.wortlaut.model.Span;
import org.wortlaut.speech.SpeechLexicon.MarkerSide;

/**
 * Reads the frame of a quotation, the words around it that say who spoke: after it
 * ("„…“, sagte Lindqvist." / "„…“, so der Minister.") or leading into it ("Lindqvist sagte: „…“"
 * / "Am Montag erklärte der Minister: „…“"). Works on the tokens of the sentences that hold the
 * quotation's marks, or the sentence before a quotation that stands alone. Stateless.
 */
final class FrameReader {

    private final CueFinder cues;
    private final SpeakerFinder speakers;

    FrameReader(SpeechLexicon lexicon) {
        this.cues = new CueFinder(lexicon);
        this.speakers = new SpeakerFinder(lexicon);
    }

    /**
     * The frame that follows the quotation ending before token {@code after}, up to the end of
     * that sentence or token {@code limit}, whichever comes first.
     */
    Attribution following(TokenIndex tokens, int after, int limit) {
        if (after >= tokens.size()) {
            return Attribution.NONE;
        }
        int end = Math.min(limit, tokens.sentenceEnd(after - 1));
        Attribution found = frameAt(tokens, tokens.is(after, ",") ? after + 1 : after, end);
        for (int i = after + 1; found.isEmpty() && i < end - 1; i++) {
            // "„…“ über das Geschehen, sagte die Königin": the frame after a later comma
            if (tokens.is(i, ",")) {
                found = frameAt(tokens, i + 1, end);
            }
        }
        return found;
    }

    /**
     * The frame that leads into the quotation of tokens {@code quote}, from the start of that
     * sentence or token {@code floor}, whichever comes later; a particle may close the clause
     * after the quotation ("warf der Regierung „Wortbruch“ vor").
     */
    Attribution leading(TokenIndex tokens, TokenRange quote, int floor) {
        int open = quote.from();
        if (open >= tokens.size()) {
            return Attribution.NONE;
        }
        int start = Math.max(floor, tokens.sentenceStart(open));
        Attribution found = readBefore(tokens, start, open, quote.to());
        if (found.isEmpty() && open - 1 >= start && tokens.is(open - 1, ":")) {
            // "Die Firma empfindet die Kritik als ungerechtfertigt: „…“": a speaker without a cue
            Span subject = speakers.opening(tokens, start, open);
            return subject == null ? Attribution.NONE : new Attribution(List.of(), subject, null, false);
        }
        return found;
    }

    /** For a quotation that opens its sentence without a frame: the cue of the sentence before. */
    Attribution previousSentence(TokenIndex tokens, int open, int floor) {
        int sentenceStart = tokens.sentenceStart(open);
        if (sentenceStart != open || sentenceStart == 0 || sentenceStart - 1 < floor) {
            return Attribution.NONE;
        }
        int start = Math.max(floor, tokens.sentenceStart(sentenceStart - 1));
        return readBefore(tokens, start, sentenceStart, sentenceStart);
    }

    /** "sagte X …", "so X …", "hatte X gesagt" starting at token {@code i}. */
    private Attribution frameAt(TokenIndex tokens, int i, int end) {
        if (i >= end) {
            return Attribution.NONE;
        }
        if (tokens.is(i, "so") && cues.verbAt(tokens, i + 1, end) != null) {
            // "„…“, so charakterisierte ihn der Funktionär": "so" points back at the quotation, the verb is the cue
            i++;
        }
        if (cues.isFollowingSourceMarker(tokens, i)) {
            return after(tokens, CueFinder.single(tokens, i), i + 1, end, false);
        }
        Cue cue = cues.verbAt(tokens, i, end);
        if (cue == null) {
            cue = cues.participleAfter(tokens, i, end);
        }
        if (cue == null) {
            return Attribution.NONE;
        }
        Attribution read = after(tokens, cue.spans(tokens), cue.next(), cue.speakerEnd(tokens, end), cue.speakerIsObject());
        Span source = read.speaker() == null && cue.isImpersonal(tokens)
            ? speakers.writtenSource(tokens, cue.next(), end) : null;
        return source == null ? read : read.withSpeaker(source);
    }

    /**
     * The last cue between {@code start} and {@code end}, with its speaker; its particle may
     * also stand in the clause that goes on at {@code resume}.
     */
    private Attribution readBefore(TokenIndex tokens, int start, int end, int resume) {
        Attribution opening = comparisonAt(tokens, start, end);
        if (!opening.isEmpty()) {
            return opening;
        }
        for (int i = end - 1; i >= start; i--) {
            if (cues.isLeadingSourceMarker(tokens, i)) {
                return after(tokens, CueFinder.single(tokens, i), i + 1, end, false).leading();
            }
            if (cues.markerSide(tokens, i) == MarkerSide.BEFORE) {
                Span source = speakers.endingAt(tokens, start, i);
                Span addressee = speakers.addressee(tokens, start, end, source);
                return new Attribution(CueFinder.single(tokens, i), source, addressee, false);
            }
            Cue cue = cues.verbAt(tokens, i, end);
            if (cue == null && resume > end) {
                cue = cues.verbWithParticleAt(tokens, i, resume);
            }
            if (cue != null) {
                Attribution found = aroundVerb(tokens, cues.withAuxiliary(tokens, cue, start), start, end);
                Span comparison = cues.comparison(tokens, cue.verb(), start);
                return comparison == null ? found : found.withCueBefore(comparison);
            }
        }
        return Attribution.NONE;
    }

    /**
     * "Wie der Minister erklärte, sieht die Regierung „…“" and "…, wie die Polizei mitteilte": the
     * "wie" clause at {@code start} is the frame.
     */
    Attribution comparisonAt(TokenIndex tokens, int start, int end) {
        if (!tokens.text(start).equalsIgnoreCase("wie")) {
            return Attribution.NONE;
        }
        for (int i = start + 1; i < end && !CueFinder.isClauseMark(tokens.text(i)); i++) {
            Cue cue = cues.verbAt(tokens, i, end);
            if (cue != null) {
                Span subject = speakers.opening(tokens, start + 1, cue.verb());
                return new Attribution(cue.spans(tokens), subject, null, false).withCueBefore(tokens.span(start, start + 1));
            }
        }
        return Attribution.NONE;
    }

    /** "Der Minister erklärte: „…“" or, inverted, "Dazu erklärte der Minister: „…“". */
    private Attribution aroundVerb(TokenIndex tokens, Cue cue, int start, int end) {
        List<Span> cueSpans = cue.spans(tokens);
        Span subordinate = speakers.subordinateSubject(tokens, start, cue.verb());
        Span subject = subordinate != null ? subordinate : speakers.subjectBefore(tokens, start, cue.finite());
        if (subject != null && cue.speakerIsObject()) {
            // "Ein Fernsehsender zitierte Papandreou mit den Worten: „…“": the object spoke
            Span object = speakers.after(tokens, cue.next(), end, false);
            if (object != null) {
                return new Attribution(cueSpans, object, speakers.addressee(tokens, start, end, object), false);
            }
        }
        if (subject != null) {
            Span addressee = speakers.addressee(tokens, start, end, subject);
            return new Attribution(cueSpans, subject,
                addressee != null ? addressee : speakers.dativeAfter(tokens, cue.next(), end), false);
        }
        Attribution after = after(tokens, cueSpans, cue.next(), cue.speakerEnd(tokens, end), cue.speakerIsObject()).leading();
        Span opening = speakers.opening(tokens, start, cue.finite());
        if (after.speaker() != null && (opening == null || speakers.pronounAt(tokens, cue.next()))) {
            Span before = after.addressee() == null ? speakers.addressee(tokens, start, cue.verb(), after.speaker()) : null;
            return before == null ? after : new Attribution(cueSpans, after.speaker(), before, false);
        }
        Span fallback = cue.isImpersonal(tokens) ? speakers.writtenSource(tokens, start, end) : opening;
        return fallback == null ? after : after.withSpeaker(fallback);
    }

    /** A frame whose speaker stands after its cue; {@code follows} the quotation. */
    private Attribution after(TokenIndex tokens, List<Span> cue, int from, int end, boolean objectSpeaks) {
        Span speaker = speakers.after(tokens, from, end, objectSpeaks);
        Span addressee = speakers.addressee(tokens, from, end, speaker);
        if (addressee == null && speaker != null && !objectSpeaks) {
            // "sagte Müller dem ZDF": a dative right after the speaker
            addressee = speakers.dativeAfter(tokens, tokens.firstEndingAfter(speaker.end()), end);
        }
        // "sagte eine Urlauberin aus Nordrhein-Westfalen": a particle inside the speaker's phrase is the phrase's word
        List<Span> spoken = speaker == null ? cue : cue.stream().filter(part -> !speaker.contains(part)).toList();
        return new Attribution(spoken, speaker, addressee, true);
    }
}
