package org.wortlaut.speech;

import java.util.ArrayList;
import java.util.List;
import org.wortlaut.model.Span;
import org.wortlaut.speech.SpeechLexicon.MarkerSide;
import org.wortlaut.speech.SpeechLexicon.VerbForm;
import org.wortlaut.speech.SpeechLexicon.WordClass;

/**
 * Reads the frame of a quotation, the words around it that say who spoke: after it
 * ("„…“, sagte Lindqvist." / "„…“, so der Minister.") or leading into it ("Lindqvist sagte: „…“"
 * / "Am Montag erklärte der Minister: „…“"). Works on the tokens of the sentences that hold the
 * quotation's marks, or the sentence before a quotation that stands alone. Stateless.
 */
final class FrameReader {

    private final SpeechLexicon lexicon;
    private final NounPhrases phrases;

    FrameReader(SpeechLexicon lexicon) {
        this.lexicon = lexicon;
        this.phrases = new NounPhrases(lexicon);
    }

    /**
     * A speech verb with its particle tokens [particleStart, particleEnd) (empty when it has
     * none) and the auxiliary that carries a participle ("hatte … betont"), or -1.
     */
    private record Cue(int verb, int particleStart, int particleEnd, int auxiliary, VerbForm form) {

        List<Span> spans(Tokens tokens) {
            List<Span> spans = new ArrayList<>();
            if (auxiliary >= 0) {
                spans.add(tokens.span(auxiliary, auxiliary + 1));
            }
            if (particleStart == verb + 1) {
                spans.add(tokens.span(verb, particleEnd));
            } else {
                spans.add(tokens.span(verb, verb + 1));
                if (particleEnd > particleStart) {
                    spans.add(tokens.span(particleStart, particleEnd));
                }
            }
            return spans;
        }

        /** The finite verb, where German word order puts the subject before or after. */
        int finite() {
            return auxiliary >= 0 && auxiliary < verb ? auxiliary : verb;
        }

        /** Where the words after the finite verb begin; an adjacent "sich" or "es" is cue. */
        int next() {
            if (auxiliary >= 0 && auxiliary < verb) {
                return auxiliary + 1;
            }
            return particleStart == verb + 1 ? particleEnd : verb + 1;
        }

        /** "heißt es", "hieß es": the text, not a person, is the source. */
        boolean isImpersonal(Tokens tokens) {
            return particleEnd == particleStart + 1 && tokens.is(particleStart, "es");
        }

        Cue withAuxiliary(int index) {
            return new Cue(verb, particleStart, particleEnd, index, form);
        }
    }

    /**
     * The frame that follows the quotation ending before token {@code after}, up to the end of
     * that sentence or token {@code limit}, whichever comes first.
     */
    Attribution following(Tokens tokens, int after, int limit) {
        if (after >= tokens.size()) {
            return Attribution.NONE;
        }
        int end = Math.min(limit, tokens.sentenceEnd(after - 1));
        Attribution direct = frameAt(tokens, tokens.is(after, ",") ? after + 1 : after, end);
        for (int i = after + 1; direct.isEmpty() && i < end - 1; i++) {
            // "„…“ über das Geschehen, sagte die Königin": the frame after a later comma
            if (tokens.is(i, ",")) {
                direct = frameAt(tokens, i + 1, end);
            }
        }
        return direct;
    }

    /** "sagte X …", "so X …", "hatte X gesagt" starting at token {@code i}. */
    private Attribution frameAt(Tokens tokens, int i, int end) {
        if (i >= end) {
            return Attribution.NONE;
        }
        if (tokens.isLowerCase(i) && markerSide(tokens, i) == MarkerSide.AFTER) {
            return speakerAfter(tokens, List.of(tokens.span(i, i + 1)), i + 1, end, false, true);
        }
        Cue cue = cueAt(tokens, i, end);
        if (cue == null && lexicon.is(tokens.text(i), WordClass.AUXILIARY)) {
            cue = participleAfter(tokens, i, end);
        }
        if (cue == null) {
            return Attribution.NONE;
        }
        Attribution read = speakerAfter(tokens, cue.spans(tokens), cue.next(), end, cue.form().speakerIsObject(), true);
        Span source = read.speaker() == null && cue.isImpersonal(tokens) ? writtenSource(tokens, cue.next(), end) : null;
        return source == null ? read : new Attribution(read.cue(), source, read.addressee(), true);
    }

    /**
     * The frame that leads into the quotation opening at token {@code open}, from the start of
     * that sentence or token {@code floor}, whichever comes later.
     */
    Attribution leading(Tokens tokens, int open, int floor) {
        if (open >= tokens.size()) {
            return Attribution.NONE;
        }
        int start = Math.max(floor, tokens.sentenceStart(open));
        Attribution found = readBefore(tokens, start, open);
        if (found.isEmpty() && open - 1 >= start && tokens.is(open - 1, ":")) {
            return subjectOnly(tokens, start, open);
        }
        return found;
    }

    /** For a quotation that opens its sentence without a frame: the cue of the sentence before. */
    Attribution previousSentence(Tokens tokens, int open, int floor) {
        int sentenceStart = tokens.sentenceStart(open);
        if (sentenceStart != open || sentenceStart == 0 || sentenceStart - 1 < floor) {
            return Attribution.NONE;
        }
        int start = Math.max(floor, tokens.sentenceStart(sentenceStart - 1));
        return readBefore(tokens, start, sentenceStart);
    }

    /** The last cue between {@code start} and {@code end}, with its speaker. */
    private Attribution readBefore(Tokens tokens, int start, int end) {
        for (int i = end - 1; i >= start; i--) {
            if (isSourceMarker(tokens, i)) {
                return speakerAfter(tokens, List.of(tokens.span(i, i + 1)), i + 1, end, false, false);
            }
            if (markerSide(tokens, i) == MarkerSide.BEFORE) {
                return sourceBefore(tokens, i, start, end);
            }
            Cue cue = cueAt(tokens, i, end);
            if (cue != null) {
                Attribution found = aroundVerb(tokens, withAuxiliaryBefore(tokens, cue, start), start, end);
                return withComparison(tokens, found, cue.verb(), start);
            }
        }
        return Attribution.NONE;
    }

    /** "Wie der Minister erklärte, …": the "wie" that opens the verb's clause is part of the cue. */
    private static Attribution withComparison(Tokens tokens, Attribution found, int verb, int start) {
        int i = verb - 1;
        while (i > start && !isClauseMark(tokens.text(i - 1))) {
            i--;
        }
        if (i >= start && i < verb && tokens.text(i).equalsIgnoreCase("wie")) {
            List<Span> cue = new ArrayList<>(found.cue());
            cue.add(0, tokens.span(i, i + 1));
            return new Attribution(cue, found.speaker(), found.addressee(), found.follows());
        }
        return found;
    }

    /** "laut dem Minister", "nach Angaben der Polizei", and "so" only after a comma: "…, so Elshorst: „…“". */
    private boolean isSourceMarker(Tokens tokens, int i) {
        if (markerSide(tokens, i) != MarkerSide.AFTER) {
            return false;
        }
        return !tokens.text(i).equalsIgnoreCase("so") || (tokens.is(i - 1, ",") && tokens.is(i, "so"));
    }

    /** The side of the marker at token {@code i}, or null when it is none there. */
    private MarkerSide markerSide(Tokens tokens, int i) {
        SpeechLexicon.Marker marker = lexicon.marker(tokens.text(i));
        return marker != null && marker.admits(tokens.text(i + 1), tokens.text(i + 2)) ? marker.side() : null;
    }

    /** "dem Bericht zufolge": the noun phrase that ends at the marker is the source. */
    private Attribution sourceBefore(Tokens tokens, int marker, int start, int end) {
        for (int from = Math.max(start, marker - 8); from < marker; from++) {
            if (phrases.canStart(tokens, from) && phrases.end(tokens, from, marker) == marker) {
                Span source = tokens.span(from, marker);
                return new Attribution(List.of(tokens.span(marker, marker + 1)), source,
                    addressee(tokens, start, end, source), false);
            }
        }
        return new Attribution(List.of(tokens.span(marker, marker + 1)), null, null, false);
    }

    /** "Der Minister erklärte: „…“" or, inverted, "Dazu erklärte der Minister: „…“". */
    private Attribution aroundVerb(Tokens tokens, Cue cue, int start, int end) {
        Span subject = subjectBefore(tokens, start, cue.finite());
        if (subject != null && cue.form().speakerIsObject()) {
            // "Ein Fernsehsender zitierte Papandreou mit den Worten: „…“": the object spoke
            Attribution object = speakerAfter(tokens, cue.spans(tokens), cue.next(), end, false, false);
            if (object.speaker() != null) {
                return object;
            }
        }
        if (subject != null) {
            Span addressee = addressee(tokens, start, end, subject);
            return new Attribution(cue.spans(tokens), subject,
                addressee != null ? addressee : dativeAfter(tokens, cue.next(), end), false);
        }
        Attribution after = speakerAfter(tokens, cue.spans(tokens), cue.next(), end, cue.form().speakerIsObject(), false);
        Span opening = clauseSubject(tokens, start, cue.finite());
        if (after.speaker() != null && (opening == null || isPronoun(tokens, cue.next()))) {
            Span before = after.addressee() == null ? addressee(tokens, start, cue.verb(), after.speaker()) : null;
            return before == null ? after : new Attribution(after.cue(), after.speaker(), before, false);
        }
        Span fallback = cue.isImpersonal(tokens) ? writtenSource(tokens, start, end) : opening;
        return fallback == null ? after : new Attribution(after.cue(), fallback, after.addressee(), false);
    }

    /**
     * When neither side of the verb has an adjacent subject ("Mutlu und Lux prangerten an",
     * "Müller, der …, sagte"), the noun phrase that opens the sentence is the best guess.
     */
    private Span clauseSubject(Tokens tokens, int start, int verb) {
        int from = skipAdverbs(tokens, start, verb);
        if (from >= verb || !startsSubject(tokens, from)) {
            return null;
        }
        int end = withApposition(tokens, from, phrases.end(tokens, from, verb), verb);
        return end == from ? null : tokens.span(from, end);
    }

    /** "Die Pläne bezeichnete er als …": a pronoun after the verb is its subject. */
    private boolean isPronoun(Tokens tokens, int i) {
        return lexicon.is(tokens.text(skipAdverbs(tokens, i, tokens.size())), WordClass.PRONOUN);
    }

    /** "heißt es in dem Antrag", "Auf der Homepage heißt es": the text that says it. */
    private Span writtenSource(Tokens tokens, int start, int end) {
        for (int i = start; i < end; i++) {
            String word = tokens.text(i).toLowerCase(java.util.Locale.ROOT);
            if (word.equals("in") || word.equals("im") || word.equals("auf")) {
                int stop = phrases.end(tokens, i + 1, end);
                if (stop > i + 1) {
                    return tokens.span(i + 1, stop);
                }
            }
        }
        return null;
    }

    /** "Die Firma empfindet die Kritik als ungerechtfertigt: „…“": a speaker without a cue. */
    private Attribution subjectOnly(Tokens tokens, int start, int open) {
        Span subject = clauseSubject(tokens, start, open);
        return subject == null ? Attribution.NONE : new Attribution(List.of(), subject, null, false);
    }

    /** The subject noun phrase that ends right before the finite verb, or null. */
    private Span subjectBefore(Tokens tokens, int start, int verb) {
        int from = skipAdverbs(tokens, start, verb);
        if (from >= verb || !startsSubject(tokens, from)) {
            return null;
        }
        int end = withApposition(tokens, from, phrases.end(tokens, from, verb), verb);
        int next = skipAdverbs(tokens, end, verb);
        boolean adjacent = next == verb || (next == verb - 1 && tokens.is(next, ","));
        if (end == from || !adjacent) {
            return null;
        }
        return tokens.span(from, end);
    }

    /**
     * A sentence-initial word ending like an adverb or participle ("Derzeit", "Relativierend",
     * "Höhnisch") is no subject, and neither is a phrase in the dative or accusative.
     */
    private boolean startsSubject(Tokens tokens, int from) {
        String word = tokens.text(from);
        if (word.equals("Dem") || word.equals("Den")) {
            return false;
        }
        boolean adverbLike = word.endsWith("end") || word.endsWith("lich") || word.endsWith("weise")
            || word.endsWith("isch") || word.endsWith("zeit");
        return phrases.canStart(tokens, from) && !(adverbLike && tokens.sentenceStart(from) == from);
    }

    private Attribution speakerAfter(Tokens tokens, List<Span> cue, int from, int end,
                                     boolean speakerIsObject, boolean follows) {
        int start = skipAdverbs(tokens, from, end);
        int stop = phrases.end(tokens, start, end);
        if (speakerIsObject && stop > start) {
            int objectStart = skipAdverbs(tokens, stop, end);
            int objectEnd = phrases.end(tokens, objectStart, end);
            if (objectEnd > objectStart) {
                start = objectStart;
                stop = objectEnd;
            }
        }
        if (stop == start) {
            return new Attribution(cue, null, addressee(tokens, from, end, null), follows);
        }
        stop = withApposition(tokens, start, stop, end);
        Span speaker = tokens.span(start, stop);
        return new Attribution(cue, speaker, addressee(tokens, from, end, speaker), follows);
    }

    /** "Andreas Beck, Spieler von Hoffenheim, sagte" / "sagte Bill Graham, Parteichef der Liberalen." */
    private int withApposition(Tokens tokens, int start, int end, int limit) {
        if (end == start || end + 1 >= limit || !tokens.is(end, ",")) {
            return end;
        }
        int appositionEnd = phrases.end(tokens, end + 1, limit);
        WordClass next = lexicon.wordClass(tokens.text(appositionEnd));
        boolean closed = appositionEnd >= limit || !tokens.isWord(appositionEnd)
            || next == WordClass.PREPOSITION || next == WordClass.ADDRESSEE || next == WordClass.ADVERB;
        return appositionEnd > end + 1 && closed ? appositionEnd : end;
    }

    /** A cue verb at {@code i} whose particle, if it needs one, stands in its clause. */
    private Cue cueAt(Tokens tokens, int i, int end) {
        VerbForm form = lexicon.verb(tokens.text(i));
        if (form == null) {
            return null;
        }
        int clauseEnd = clauseEnd(tokens, i + 1, end);
        for (String particle : form.particles()) {
            String[] words = particle.split(" ");
            int at = find(tokens, words, i + 1, clauseEnd);
            if (at >= 0) {
                return new Cue(i, at, at + words.length, -1, form);
            }
        }
        return form.bare() ? new Cue(i, i + 1, i + 1, -1, form) : null;
    }

    /** "„…“, hatte der Minister gesagt." and "„…“, wird er zitiert.": the participle in the clause. */
    private Cue participleAfter(Tokens tokens, int auxiliary, int end) {
        int clauseEnd = clauseEnd(tokens, auxiliary + 1, end);
        for (int i = auxiliary + 1; i < clauseEnd; i++) {
            Cue cue = cueAt(tokens, i, clauseEnd);
            if (cue != null) {
                return cue.withAuxiliary(auxiliary);
            }
        }
        return null;
    }

    /**
     * "So hatte Schily zugesichert:" and "wie er betont hatte,": the auxiliary of the
     * participle, right after it or earlier in its clause.
     */
    private Cue withAuxiliaryBefore(Tokens tokens, Cue cue, int start) {
        int after = Math.max(cue.verb(), cue.particleEnd() - 1) + 1;
        if (lexicon.is(tokens.text(after), WordClass.AUXILIARY) && !lexicon.is(tokens.text(cue.verb()), WordClass.AUXILIARY)
            && isClauseMark(tokens.text(after + 1))) {
            return cue.withAuxiliary(after);
        }
        for (int i = cue.verb() - 1; i >= start && !isClauseMark(tokens.text(i)); i--) {
            if (lexicon.is(tokens.text(i), WordClass.AUXILIARY)) {
                return cue.withAuxiliary(i);
            }
        }
        return cue;
    }

    private static int clauseEnd(Tokens tokens, int from, int end) {
        for (int i = from; i < end; i++) {
            if (isClauseMark(tokens.text(i))) {
                return i;
            }
        }
        return end;
    }

    private static boolean isClauseMark(String token) {
        return ",:.!?;„".contains(token) && !token.isEmpty();
    }

    private static int find(Tokens tokens, String[] words, int from, int to) {
        for (int i = from; i + words.length <= to; i++) {
            int matched = 0;
            while (matched < words.length && tokens.is(i + matched, words[matched])) {
                matched++;
            }
            if (matched == words.length) {
                return i;
            }
        }
        return -1;
    }

    /** "Die Ministerin sagte der Süddeutschen Zeitung: „…“": with the subject before the verb, a dative after it. */
    private Span dativeAfter(Tokens tokens, int from, int end) {
        int start = skipAdverbs(tokens, from, end);
        if (!tokens.is(start, "dem") && !tokens.is(start, "der")) {
            return null;
        }
        int stop = phrases.end(tokens, start, end);
        return stop > start ? tokens.span(start, stop) : null;
    }

    /** "gegenüber dem Tagesspiegel", "in einem Interview mit der Sportschau". */
    private Span addressee(Tokens tokens, int from, int end, Span speaker) {
        for (int i = from; i < end; i++) {
            boolean introduces = lexicon.is(tokens.text(i), WordClass.ADDRESSEE)
                || (tokens.is(i, "mit") && (tokens.is(i - 1, "Interview") || tokens.is(i - 1, "Gespräch")));
            if (introduces) {
                int stop = phrases.end(tokens, i + 1, end);
                Span found = stop > i + 1 ? tokens.span(i + 1, stop) : null;
                if (found != null && (speaker == null || !found.overlaps(speaker))) {
                    return found;
                }
            }
        }
        return null;
    }

    private int skipAdverbs(Tokens tokens, int from, int end) {
        int i = from;
        while (i < end && (lexicon.is(tokens.text(i), WordClass.ADVERB) || tokens.is(i, "–"))) {
            i++;
        }
        return i;
    }
}
