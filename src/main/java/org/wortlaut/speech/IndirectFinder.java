package org.wortlaut.speech;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.wortlaut.model.Document;
import org.wortlaut.model.QuoteType;
import org.wortlaut.model.Span;
import org.wortlaut.model.ZoneKind;
import org.wortlaut.speech.SpeechLexicon.MarkerSide;

/**
 * Finds reported speech outside quotation marks, one statement per sentence at most: a sentence
 * with a source marker ("Laut der Polizei …", "Dem Bericht zufolge …", "…, so der Minister, …"),
 * a speech verb leading into a clause ("Er räumte ein, dass …"), a frame after the content
 * ("…, sagte der Sprecher.", "…, wie die Polizei mitteilte."), and the Konjunktiv sentence that
 * goes on with the source of the sentence before (free indirect speech). Sentences that hold a
 * direct quotation are left to it. Stateless.
 */
final class IndirectFinder {

    private final SpeechLexicon lexicon;
    private final CueFinder cues;
    private final SpeakerFinder speakers;
    private final FrameReader frames;

    IndirectFinder(SpeechLexicon lexicon, FrameReader frames) {
        this.lexicon = lexicon;
        this.cues = new CueFinder(lexicon);
        this.speakers = new SpeakerFinder(lexicon);
        this.frames = frames;
    }

    /**
     * The document's statements: its direct quotations and the reported speech of its analysed
     * sentences, in text order. A quotation that is only a fragment of a reported clause ("Er
     * sagte, die Lage sei „ernst“.") stands beside that clause: annotators draw either.
     */
    List<Speech> withReported(Document document, Tokens tokens, List<Speech> direct) {
        List<Speech> all = new ArrayList<>(direct);
        SourceChain chain = new SourceChain();
        for (int i = 0; i < tokens.size(); ) {
            SentenceRange sentence = SentenceRange.of(tokens, i);
            i = sentence.to();
            Speech reported = isAnalysed(document, tokens, sentence) ? inSentence(tokens, sentence, chain) : null;
            chain.next(settle(all, overlapping(direct, sentence), reported));
        }
        all.sort(Comparator.comparingInt(Speech::from));
        return all;
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

    private Speech inSentence(Tokens tokens, SentenceRange sentence, SourceChain chain) {
        Speech speech = marked(tokens, sentence, chain);
        if (speech == null) {
            speech = leadingVerb(tokens, sentence);
        }
        if (speech == null) {
            speech = followingFrame(tokens, sentence);
        }
        if (speech == null) {
            speech = speechAct(tokens, sentence);
        }
        if (speech == null && chain.speaker() != null && hasSubjunctive(tokens, sentence.from(), sentence.end())) {
            // no cue of its own: the Konjunktiv says it still reports the source before
            Attribution carried = new Attribution(List.of(), chain.speaker(), null, false);
            speech = new Speech(QuoteType.FREE_INDIRECT, List.of(new TokenRange(sentence.from(), sentence.to())), carried);
        }
        return speech;
    }

    /** "Laut X …", "Nach Angaben X …", "X zufolge …", "…, so X, …", "Demnach …": the marker is the cue. */
    private Speech marked(Tokens tokens, SentenceRange sentence, SourceChain chain) {
        for (int i = sentence.from(); i < sentence.end(); i++) {
            MarkerSide side = cues.markerSide(tokens, i);
            MarkedSource source = side == null ? null : switch (side) {
                case AFTER -> sourceAfter(tokens, sentence, i);
                case BEFORE -> sourceBefore(tokens, sentence, i);
                case ALONE -> new MarkedSource(new TokenRange(i, i + 1), chain.speaker());
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

    /** "Der Minister erklärte, dass …" / "Er räumte gegenüber NBC ein, die Regierung habe …". */
    private Speech leadingVerb(Tokens tokens, SentenceRange sentence) {
        int clauseStart = sentence.from();
        for (int c = sentence.from() + 1; c < sentence.end() - 1; c++) {
            if (!isBoundary(tokens, c)) {
                continue;
            }
            Cue cue = lastCue(tokens, clauseStart, c);
            // "Er sagte, …": a speech verb closing its clause leads into any clause; else the clause must look reported
            boolean leads = cue != null && !opensRelativeClause(tokens, c + 1)
                && (closesClause(cue, c) || looksReported(tokens, c + 1, sentence.end()));
            if (leads) {
                Attribution frame = frames.leading(tokens, new TokenRange(c + 1, sentence.end()), sentence.from());
                if (frame.hasCue() && !isBareParticiple(tokens, frame)) {
                    return new Speech(QuoteType.INDIRECT, List.of(new TokenRange(c + 1, sentence.end())), frame);
                }
            }
            clauseStart = c + 1;
        }
        return null;
    }

    /** "…, sagte der Sprecher." / "…, wie die Polizei mitteilte, …": the frame after a comma. */
    private Speech followingFrame(Tokens tokens, SentenceRange sentence) {
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
            if (comparison || fillsClause || hasSubjunctive(tokens, sentence.from(), c)) {
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
    private Speech speechAct(Tokens tokens, SentenceRange sentence) {
        Attribution frame = frames.leading(tokens, new TokenRange(sentence.end(), sentence.to()), sentence.from());
        if (!frame.hasCue() || frame.speaker() == null || !isActVerb(tokens, frame)) {
            return null;
        }
        Attribution uncued = new Attribution(List.of(), frame.speaker(), frame.addressee(), false);
        return new Speech(QuoteType.REPORTED, List.of(new TokenRange(sentence.from(), sentence.to())), uncued);
    }

    private boolean isActVerb(Tokens tokens, Attribution frame) {
        return frame.cue().stream().flatMap(span -> words(tokens, span).stream()).anyMatch(lexicon::isActVerb);
    }

    private static List<String> words(Tokens tokens, Span span) {
        List<String> words = new ArrayList<>();
        for (int i = tokens.firstEndingAfter(span.start()); i < tokens.size() && tokens.span(i, i + 1).end() <= span.end(); i++) {
            words.add(tokens.text(i));
        }
        return words;
    }

    /** Token index just past the frame's last word. */
    private static int end(Tokens tokens, Attribution frame) {
        int end = frame.cue().stream().mapToInt(Span::end).max().orElse(0);
        end = Math.max(end, frame.speaker() == null ? 0 : frame.speaker().end());
        end = Math.max(end, frame.addressee() == null ? 0 : frame.addressee().end());
        return tokens.firstEndingAfter(end - 1) + 1;
    }

    private Cue lastCue(Tokens tokens, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            Cue cue = cues.verbAt(tokens, i, to);
            if (cue != null) {
                return cue;
            }
        }
        return null;
    }

    /**
     * "…, der wegen Gotteslästerung angeklagt war", "…, was ein Hinweis ist": a clause that
     * describes a word before it, not what was said. A d-word followed by a noun is an article.
     */
    private static boolean opensRelativeClause(Tokens tokens, int i) {
        String word = tokens.text(i).toLowerCase(Locale.ROOT);
        boolean dWord = word.matches("der|die|das|dem|den|deren|dessen|welche[rsnm]?");
        return word.matches("was|wo|wobei|womit|wodurch|weswegen|weshalb|sodass|so")
            || (dWord && tokens.isLowerCase(i + 1))
            || (isPreposition(word) && tokens.text(i + 1).matches("der|dem|denen|dessen|deren|welche[rnm]?"));
    }

    private static boolean isPreposition(String word) {
        return word.matches("mit|von|bei|in|an|auf|für|aus|nach|über|unter|zu|durch|gegen");
    }

    /** "die auch Ramstein-Format genannt wird": a participle alone, without auxiliary, is an attribute. */
    private static boolean isBareParticiple(Tokens tokens, Attribution frame) {
        if (frame.cue().size() != 1) {
            return false;
        }
        Span cue = frame.cue().get(0);
        int i = tokens.firstEndingAfter(cue.start());
        return tokens.span(i, i + 1).end() == cue.end() && tokens.text(i).matches("\\p{Ll}*ge\\p{Ll}+(t|en)");
    }

    private static boolean closesClause(Cue cue, int boundary) {
        return Math.max(cue.verb(), cue.particleEnd() - 1) == boundary - 1;
    }

    /** A "dass"/"ob" clause, a Konjunktiv or an infinitive: what a speech verb in the clause before leads into. */
    private boolean looksReported(Tokens tokens, int from, int to) {
        String first = tokens.text(from).toLowerCase(Locale.ROOT);
        return first.equals("dass") || first.equals("ob") || hasSubjunctive(tokens, from, to)
            || closesWithInfinitive(tokens, from, to);
    }

    /** "…, sich an den Maßnahmen zu beteiligen" / "…, die Reform voranzutreiben": the first clause ends in an infinitive. */
    private static boolean closesWithInfinitive(Tokens tokens, int from, int to) {
        int last = from;
        while (last + 1 < to && !CueFinder.isClauseMark(tokens.text(last + 1))) {
            last++;
        }
        String verb = tokens.text(last);
        return last > from && verb.endsWith("en")
            && ((tokens.is(last - 1, "zu") && tokens.isLowerCase(last)) || verb.matches("\\p{Ll}+zu\\p{Ll}+en"));
    }

    private boolean hasSubjunctive(Tokens tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (lexicon.isSubjunctive(tokens.text(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBoundary(Tokens tokens, int i) {
        return tokens.is(i, ",") || tokens.is(i, ":");
    }

    private static boolean isAnalysed(Document document, Tokens tokens, SentenceRange sentence) {
        ZoneKind zone = document.zoneAt(tokens.span(sentence.from(), sentence.from() + 1).start());
        return zone == null || zone.isAnalysed();
    }

    private static List<Speech> overlapping(List<Speech> direct, SentenceRange sentence) {
        return direct.stream().filter(q -> q.from() < sentence.to() && q.to() > sentence.from()).toList();
    }

    /** The source of the sentence just before, which a cue-less Konjunktiv sentence goes on with. */
    private static final class SourceChain {

        /** How many sentences without speech the source survives: one aside may interrupt a report. */
        private static final int GAP = 1;

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
}
