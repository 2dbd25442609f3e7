package org.wortlaut.speech;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.wortlaut.model.Document;
import org.wortlaut.model.LinkKind;
import org.wortlaut.model.QuoteType;
import org.wortlaut.model.Span;
import org.wortlaut.model.ZoneKind;

/**
 * Finds reported speech outside quotation marks, one statement per sentence at most: a sentence
 * with a source marker ("Laut der Polizei …", "Dem Bericht zufolge …", "…, so der Minister, …"),
 * a speech verb leading into a clause ("Er räumte ein, dass …"), a frame after the content
 * ("…, sagte der Sprecher.", "…, wie die Polizei mitteilte."), and the Konjunktiv sentence that
 * goes on with the source of the sentence before (free indirect speech). Sentences that hold a
 * direct quotation are left to it. Stateless.
 */
final class IndirectFinder {

    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("wird", "werden", "wurde", "wurden", "worden");

    private static final Set<String> BACKWARD_OPENERS = Set.of("Das", "Dies", "So");

    /** A backward frame is short: the verb, its source and a time or place ("am Freitag in Nürnberg"). */
    private static final int BACKWARD_FRAME_TOKENS = 16;

    private final SpeechLexicon lexicon;
    private final CueFinder cues;
    private final FrameReader frames;
    private final SourceMarkers markers;
    private final ClauseShapes shapes;
    private final SpeakerFinder speakers;

    IndirectFinder(SpeechLexicon lexicon, FrameReader frames) {
        this.lexicon = lexicon;
        this.cues = new CueFinder(lexicon);
        this.frames = frames;
        this.markers = new SourceMarkers(lexicon);
        this.shapes = new ClauseShapes(lexicon);
        this.speakers = new SpeakerFinder(lexicon);
    }

    /**
     * The document's statements: its direct quotations and the reported speech of its analysed
     * sentences, in text order. A quotation that is only a fragment of a reported clause ("Er
     * sagte, die Lage sei „ernst“.") stands beside that clause: annotators draw either.
     */
    List<Speech> withReported(Document document, TokenIndex tokens, List<Speech> direct) {
        List<Speech> all = new ArrayList<>(direct);
        SourceChain chain = new SourceChain();
        SentenceRange before = null;
        Speech beforeSpeech = null;
        for (int i = 0; i < tokens.size(); ) {
            SentenceRange sentence = SentenceRange.of(tokens, i);
            i = sentence.to();
            boolean analysed = isAnalysed(document, tokens, sentence);
            Speech backward = analysed && before != null && overlapping(direct, before).isEmpty()
                && (beforeSpeech == null || beforeSpeech.found() == LinkKind.CARRIED)
                ? backward(tokens, before, sentence) : null;
            Speech settled;
            if (backward != null) {
                // "… 5,7 Prozent. Das teilte die Bundesagentur mit.": the frame names the source of the sentence before
                all.remove(beforeSpeech);
                all.add(backward);
                settled = backward;
            } else {
                Speech reported = analysed ? inSentence(tokens, sentence, chain) : null;
                settled = settle(all, overlapping(direct, sentence), reported);
            }
            chain.next(settled);
            before = sentence;
            beforeSpeech = settled;
        }
        all.sort(Comparator.comparingInt(Speech::from));
        return all;
    }

    /**
     * "Das teilte die Bundesagentur für Arbeit am Freitag mit.", "Das ergaben Recherchen von
     * Correctiv.", "Dies geht aus einem Bericht der Regierung hervor.", "So steht es im Bericht.":
     * a short sentence that opens with "Das", "Dies" or "So" and a speech verb is only the frame
     * of the sentence before, whose statement it attributes; null for any other sentence.
     */
    private Speech backward(TokenIndex tokens, SentenceRange before, SentenceRange sentence) {
        int from = sentence.from();
        boolean opens = BACKWARD_OPENERS.contains(tokens.text(from));
        if (!opens || sentence.end() - from > BACKWARD_FRAME_TOKENS || before.end() <= before.from()) {
            return null;
        }
        Attribution frame = backwardFrame(tokens, from, sentence.end());
        if (frame == null || frame.speaker() == null) {
            return null;
        }
        Attribution withOpener = frame.withCueBefore(tokens.span(from, from + 1));
        return new Speech(QuoteType.INDIRECT, List.of(new TokenRange(before.from(), before.end())), withOpener,
            LinkKind.BACKWARD);
    }

    /** The cue and source of a backward frame starting at {@code from} ("Das"), or null. */
    private Attribution backwardFrame(TokenIndex tokens, int from, int end) {
        int verb = from + 1;
        if (tokens.text(verb + 1).equals("aus") && (tokens.is(verb, "geht") || tokens.is(verb, "ging"))) {
            // "Dies geht aus einem Bericht der Regierung hervor"
            int last = end - 1;
            Span source = tokens.is(last, "hervor") ? speakers.after(tokens, verb + 2, last, false) : null;
            return source == null ? null : new Attribution(
                List.of(tokens.span(verb, verb + 2), tokens.span(last, last + 1)), source, null, false);
        }
        Cue cue = cues.verbAt(tokens, verb, end);
        if (cue == null) {
            return null;
        }
        Span source = cue.isImpersonal(tokens) ? speakers.writtenSource(tokens, cue.next(), end)
            : speakers.after(tokens, cue.next(), end, false);
        return source == null ? null : new Attribution(cue.spans(tokens), source, null, false);
    }


    /**
     * Adds the sentence's reported speech unless a quotation stands outside it (then the
     * quotation is the statement); returns the statement the sentence's source carries on from.
     */
    private static Speech settle(List<Speech> all, List<Speech> quotations, Speech reported) {
        if (reported != null && quotations.stream().allMatch(q -> isFragmentOf(q, reported))) {
            all.add(reported);
            return reported;
        }
        return quotations.isEmpty() ? null : quotations.get(quotations.size() - 1);
    }

    /** Whether the quotation stands inside a content part, after its first word. */
    private static boolean isFragmentOf(Speech quotation, Speech speech) {
        return speech.parts().stream()
            .anyMatch(part -> part.from() < quotation.from() && quotation.to() <= part.to());
    }

    private Speech inSentence(TokenIndex tokens, SentenceRange sentence, SourceChain chain) {
        Speech speech = markers.find(tokens, sentence, chain.speaker());
        if (speech == null) {
            speech = leadingVerb(tokens, sentence);
        }
        if (speech == null) {
            speech = followingFrame(tokens, sentence);
        }
        if (speech == null) {
            speech = speechAct(tokens, sentence);
        }
        boolean comment = chain.afterQuotation() && ClauseShapes.opensWithVerblessPhrase(tokens, sentence.from(), sentence.end());
        boolean reports = comment ? shapes.hasReportingSubjunctive(tokens, sentence.from(), sentence.end())
            : shapes.hasSubjunctive(tokens, sentence.from(), sentence.end());
        if (speech == null && chain.speaker() != null && reports) {
            // no cue of its own: the Konjunktiv says it still reports the source before
            Attribution carried = new Attribution(List.of(), chain.speaker(), null, false);
            speech = new Speech(QuoteType.FREE_INDIRECT, List.of(new TokenRange(sentence.from(), sentence.to())), carried,
                LinkKind.CARRIED);
        }
        return speech;
    }

    /** "Der Minister erklärte, dass …" / "Er räumte gegenüber NBC ein, die Regierung habe …". */
    private Speech leadingVerb(TokenIndex tokens, SentenceRange sentence) {
        int clauseStart = sentence.from();
        for (int c = sentence.from() + 1; c < sentence.end() - 1; c++) {
            if (!ClauseShapes.isBoundary(tokens, c)) {
                continue;
            }
            Cue cue = lastCue(tokens, clauseStart, c);
            int apposition = cue == null ? -1 : speakers.appositionClose(tokens, c, sentence.end());
            if (apposition > 0 && tokens.isCapitalized(c - 1)) {
                // "sagte General Hagee, Kommandant des Corps, dass …": the apposition belongs to the speaker
                c = apposition - 1;
                continue;
            }
            // "Er sagte, …": a speech verb closing its clause leads into any clause but a relative one, and into a
            // reported clause that opens like one too ("sagte, in der Ortschaft seien …": a relative clause describes
            // a noun, not a verb), unless the frame is in the Konjunktiv itself and so reported speech already
            boolean closes = cue != null && ClauseShapes.closesClause(cue, c);
            boolean relative = ClauseShapes.opensRelativeClause(tokens, c + 1);
            boolean leads = cue != null && (closes
                ? !relative || (shapes.looksReported(tokens, c + 1, sentence.end())
                    && !shapes.hasSubjunctive(tokens, sentence.from(), c))
                : !relative && shapes.looksReported(tokens, c + 1, sentence.end()));
            if (leads) {
                Attribution frame = frames.leading(tokens, new TokenRange(c + 1, sentence.end()), sentence.from());
                if (frame.hasCue() && !ClauseShapes.isBareParticiple(tokens, frame)) {
                    return new Speech(QuoteType.INDIRECT, List.of(new TokenRange(c + 1, sentence.end())), frame);
                }
            }
            clauseStart = c + 1;
        }
        return null;
    }

    /** "…, sagte der Sprecher." / "…, wie die Polizei mitteilte, …": the frame after a comma. */
    private Speech followingFrame(TokenIndex tokens, SentenceRange sentence) {
        for (int c = sentence.from() + 2; c < sentence.end() - 1; c++) {
            if (!tokens.is(c, ",")) {
                continue;
            }
            boolean comparison = tokens.text(c + 1).equalsIgnoreCase("wie");
            Attribution frame = comparison
                ? frames.comparisonAt(tokens, c + 1, sentence.end()) : frames.following(tokens, c, sentence.end());
            if (!frame.hasCue() || frame.cue().get(0).start() != tokens.span(c + 1, c + 2).start()) {
                continue;
            }
            int frameEnd = end(tokens, frame);
            boolean fillsClause = frameEnd >= sentence.end() || tokens.is(frameEnd, ",");
            if (comparison || fillsClause || shapes.hasSubjunctive(tokens, sentence.from(), c)) {
                List<TokenRange> content = sentence.without(tokens, c + 1, frameEnd);
                return content.isEmpty() ? null : new Speech(QuoteType.INDIRECT, content, frame);
            }
        }
        return null;
    }

    /**
     * "Die SPD fordert einen Mindestlohn.", "Augenzeugen berichteten von Panzerbewegungen.": a
     * speech verb with its speaker and no clause of its own reports the whole sentence, and the
     * news data marks no cue for it.
     */
    private Speech speechAct(TokenIndex tokens, SentenceRange sentence) {
        if (sentence.end() == sentence.to()) {
            // a heading without closing punctuation: the frame reader would read on into the next sentence
            return null;
        }
        Attribution frame = frames.leading(tokens, new TokenRange(sentence.end(), sentence.to()), sentence.from());
        if (!frame.hasCue() || frame.speaker() == null || !isActVerb(tokens, frame) || isPassive(tokens, frame)) {
            return null;
        }
        Attribution uncued = new Attribution(List.of(), frame.speaker(), frame.addressee(), false);
        return new Speech(QuoteType.REPORTED, List.of(new TokenRange(sentence.from(), sentence.to())), uncued);
    }

    private boolean isActVerb(TokenIndex tokens, Attribution frame) {
        return frame.cue().stream().flatMap(span -> words(tokens, span).stream()).anyMatch(lexicon::isActVerb);
    }

    /**
     * "Die Anzahl der Geiseln wurde nicht bestätigt.": a speech act in the passive has its
     * subject for what was said, not for who said it.
     */
    private static boolean isPassive(TokenIndex tokens, Attribution frame) {
        return frame.cue().stream().flatMap(span -> words(tokens, span).stream()).anyMatch(PASSIVE_AUXILIARIES::contains);
    }

    private static List<String> words(TokenIndex tokens, Span span) {
        List<String> words = new ArrayList<>();
        for (int i = tokens.firstEndingAfter(span.start()); i < tokens.size() && tokens.span(i, i + 1).end() <= span.end(); i++) {
            words.add(tokens.text(i));
        }
        return words;
    }

    /** Token index just past the frame's last word. */
    private static int end(TokenIndex tokens, Attribution frame) {
        int end = frame.cue().stream().mapToInt(Span::end).max().orElse(0);
        end = Math.max(end, frame.speaker() == null ? 0 : frame.speaker().end());
        end = Math.max(end, frame.addressee() == null ? 0 : frame.addressee().end());
        return tokens.firstEndingAfter(end - 1) + 1;
    }

    private Cue lastCue(TokenIndex tokens, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            Cue cue = cues.verbAt(tokens, i, to);
            if (cue != null) {
                return cue;
            }
        }
        return null;
    }

    private static boolean isAnalysed(Document document, TokenIndex tokens, SentenceRange sentence) {
        ZoneKind zone = document.zoneAt(tokens.span(sentence.from(), sentence.from() + 1).start());
        return zone == null || zone.isAnalysed();
    }

    private static List<Speech> overlapping(List<Speech> direct, SentenceRange sentence) {
        return direct.stream().filter(q -> q.from() < sentence.to() && q.to() > sentence.from()).toList();
    }
}
