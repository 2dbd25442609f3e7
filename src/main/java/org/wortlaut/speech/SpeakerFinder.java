package org.wortlaut.speech;

import java.util.Locale;
import java.util.Set;
import org.wortlaut.model.Span;
import org.wortlaut.speech.SpeechLexicon.WordClass;

/**
 * Finds the speaker and the addressee around a speech verb: the subject before the verb ("Der
 * Minister sagte"), after it ("sagte der Minister"), the phrase that opens the sentence, the
 * text behind "heißt es in …", and the addressee after "gegenüber" or as a dative. Stateless.
 */
final class SpeakerFinder {

    /** Conjunctions that open a clause with its subject right after them and the verb last. */
    private static final Set<String> SUBORDINATORS =
        Set.of("indem", "weil", "nachdem", "dass", "wie", "als", "wenn", "ob", "obwohl", "während", "da");

    /** Those that also open a sentence as a subordinator ("Als Beispiel nannte er", "Da sagte er" do not). */
    private static final Set<String> LEADING_SUBORDINATORS = Set.of("indem", "weil", "nachdem", "obwohl", "während");

    private static final Set<String> OBJECT_PRONOUNS = Set.of("ihn", "es");

    private static final Set<String> RELATIVE_PRONOUNS =
        Set.of("der", "die", "das", "dem", "den", "deren", "dessen", "denen", "welche", "welcher", "welches", "wo");

    private final SpeechLexicon lexicon;
    private final NounPhrases phrases;

    SpeakerFinder(SpeechLexicon lexicon) {
        this.lexicon = lexicon;
        this.phrases = new NounPhrases(lexicon);
    }

    /** The subject noun phrase that ends right before the finite verb, or null. */
    Span subjectBefore(TokenIndex tokens, int start, int verb) {
        int from = skipLeading(tokens, start, verb);
        if (isNameWithParticle(tokens, from, verb)) {
            return tokens.span(from, verb);
        }
        if (from >= verb || !startsSubject(tokens, from)) {
            return null;
        }
        int end = withApposition(tokens, from, phrases.end(tokens, from, verb), verb);
        int next = skipAdverbs(tokens, end, verb);
        boolean adjacent = next == verb || (next == verb - 1 && tokens.is(next, ","));
        return end == from || !adjacent ? null : tokens.span(from, end);
    }

    /**
     * The subject of a subordinate clause that ends with the verb: "…, indem sie den Aufsichtsrat
     * zum Handeln aufforderte", "…, wie der Sprecher mitteilte", "Während der Premier ankündigte,
     * …". Null when the verb stands in
     * no such clause.
     */
    Span subordinateSubject(TokenIndex tokens, int start, int verb) {
        for (int i = verb - 1; i >= start; i--) {
            if (CueFinder.isClauseMark(tokens.text(i))) {
                return null;
            }
            String word = tokens.text(i).toLowerCase(Locale.ROOT);
            boolean opens = tokens.is(i - 1, ",") ? SUBORDINATORS.contains(word)
                : tokens.sentenceStart(i) == i && LEADING_SUBORDINATORS.contains(word);
            if (opens) {
                int end = phrases.end(tokens, i + 1, verb);
                return end > i + 1 ? tokens.span(i + 1, end) : null;
            }
        }
        return null;
    }

    /**
     * The noun phrase that opens the clause, when the verb has no adjacent subject ("Mutlu und
     * Lux prangerten an", "Müller, der …, sagte"), or null.
     */
    Span opening(TokenIndex tokens, int start, int verb) {
        int from = skipLeading(tokens, start, verb);
        if (from >= verb || !startsSubject(tokens, from)) {
            return null;
        }
        int end = withApposition(tokens, from, phrases.end(tokens, from, verb), verb);
        return end == from ? null : tokens.span(from, end);
    }

    /**
     * The speaker after the verb ("sagte der Minister", "so Schnappauf"), or, when {@code
     * objectSpeaks}, the object after the subject ("zitiert NBC einen Regierungsvertreter").
     */
    Span after(TokenIndex tokens, int from, int end, boolean objectSpeaks) {
        int start = skipAdverbs(tokens, from, end);
        if (OBJECT_PRONOUNS.contains(tokens.text(start))) {
            // "so charakterisierte ihn der Funktionär": the object pronoun stands before the subject
            start = skipAdverbs(tokens, start + 1, end);
        }
        int stop = phrases.end(tokens, start, end);
        if (objectSpeaks && stop > start) {
            int objectStart = skipAdverbs(tokens, stop, end);
            int objectEnd = phrases.end(tokens, objectStart, end);
            if (objectEnd > objectStart) {
                start = objectStart;
                stop = objectEnd;
            }
        }
        return stop == start ? null : tokens.span(start, withApposition(tokens, start, stop, end));
    }

    /** "dem Bericht zufolge": the noun phrase that ends at {@code end}, or null. */
    Span endingAt(TokenIndex tokens, int start, int end) {
        for (int from = Math.max(start, end - 8); from < end; from++) {
            if (phrases.canStart(tokens, from) && phrases.end(tokens, from, end) == end) {
                return tokens.span(from, end);
            }
        }
        return null;
    }

    /** "Die Pläne bezeichnete er als …": a pronoun after the verb is its subject. */
    boolean pronounAt(TokenIndex tokens, int i) {
        return lexicon.is(tokens.text(skipAdverbs(tokens, i, tokens.size())), WordClass.PRONOUN);
    }

    /** "heißt es in dem Antrag", "Auf der Homepage heißt es": the text that says it, or null. */
    Span writtenSource(TokenIndex tokens, int start, int end) {
        for (int i = start; i < end; i++) {
            String word = tokens.text(i).toLowerCase(Locale.ROOT);
            if (word.equals("in") || word.equals("im") || word.equals("auf")) {
                int stop = phrases.end(tokens, i + 1, end);
                if (stop > i + 1) {
                    return tokens.span(i + 1, stop);
                }
            }
        }
        return null;
    }

    /** "Die Ministerin sagte der Süddeutschen Zeitung: „…“": the dative right after the verb, or null. */
    Span dativeAfter(TokenIndex tokens, int from, int end) {
        int start = skipAdverbs(tokens, from, end);
        if (!tokens.is(start, "dem") && !tokens.is(start, "der")) {
            return null;
        }
        int stop = phrases.end(tokens, start, end);
        return stop > start ? tokens.span(start, stop) : null;
    }

    /** "gegenüber dem Tagesspiegel", "in einem Interview mit der Sportschau", or null. */
    Span addressee(TokenIndex tokens, int from, int end, Span speaker) {
        for (int i = from; i < end; i++) {
            boolean introduces = lexicon.is(tokens.text(i), WordClass.ADDRESSEE)
                || (tokens.is(i, "mit") && (tokens.is(i - 1, "Interview") || tokens.is(i - 1, "Gespräch")));
            int stop = introduces ? phrases.end(tokens, i + 1, end) : i + 1;
            if (stop > i + 1) {
                Span found = tokens.span(i + 1, stop);
                if (speaker == null || !found.overlaps(speaker)) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * A sentence-initial word ending like an adverb or participle ("Derzeit", "Relativierend",
     * "Höhnisch") is no subject, and neither is a phrase in the dative or accusative ("Den
     * Behörden", "Der englischsprachigen Zeitung sagte er", "Der so genannten Flagge").
     */
    private boolean startsSubject(TokenIndex tokens, int from) {
        String word = tokens.text(from);
        int adjective = skipAdverbs(tokens, from + 1, tokens.size());
        boolean dative = word.equals("Dem") || word.equals("Den")
            || (word.equals("Der") && tokens.isLowerCase(adjective) && tokens.text(adjective).endsWith("en"));
        if (dative) {
            return false;
        }
        boolean adverbLike = word.endsWith("end") || word.endsWith("lich") || word.endsWith("weise")
            || word.endsWith("isch") || word.endsWith("zeit");
        return phrases.canStart(tokens, from) && !(adverbLike && tokens.sentenceStart(from) == from);
    }

    /** "Andreas Beck, Spieler von Hoffenheim, sagte" / "sagte Bill Graham, Parteichef der Liberalen." */
    private int withApposition(TokenIndex tokens, int start, int end, int limit) {
        if (end == start || end + 1 >= limit || !tokens.is(end, ",")) {
            return end;
        }
        int appositionEnd = phrases.end(tokens, end + 1, limit);
        WordClass next = lexicon.wordClass(tokens.text(appositionEnd));
        boolean closed = appositionEnd >= limit || !tokens.isWord(appositionEnd)
            || next == WordClass.PREPOSITION || next == WordClass.ADDRESSEE || next == WordClass.ADVERB;
        return appositionEnd > end + 1 && closed ? appositionEnd : end;
    }

    /**
     * "sagte General Michael Hagee, Kommandant des US-Marine-Corps, ohne …, dass …": where the
     * comma at {@code comma} opens an apposition of two words or more that a second comma closes,
     * the index of that closing comma; otherwise -1. A relative pronoun after the second comma
     * belongs to the content ("sagte er, die Regierung, die …"), so no apposition ends there.
     */
    int appositionClose(TokenIndex tokens, int comma, int limit) {
        if (!tokens.is(comma, ",") || !phrases.canStart(tokens, comma + 1)
            || lexicon.is(tokens.text(comma + 1), WordClass.PRONOUN)) {
            return -1;
        }
        int end = phrases.end(tokens, comma + 1, limit);
        boolean closed = end - comma > 2 && end + 1 < limit && tokens.is(end, ",");
        return closed && !RELATIVE_PRONOUNS.contains(tokens.text(end + 1)) ? end : -1;
    }

    /**
     * "Von der Leyen betonte, …": a sentence that opens with "Von" and a phrase right before its
     * verb, with no subject after the verb, opens with a name; a prepositional phrase in front
     * leaves the subject to follow the verb ("Von der Bühne rief sie …").
     */
    private boolean isNameWithParticle(TokenIndex tokens, int from, int verb) {
        if (!tokens.is(from, "Von") || tokens.sentenceStart(from) != from || phrases.end(tokens, from + 1, verb) != verb) {
            return false;
        }
        int next = skipAdverbs(tokens, verb + 1, tokens.size());
        return next < tokens.size() && !phrases.canStart(tokens, next);
    }

    /** Adverbs, and the comma or dash left over where the frame begins after another quotation. */
    private int skipLeading(TokenIndex tokens, int from, int end) {
        int i = from;
        while (i < end && (tokens.is(i, ",") || tokens.is(i, ";") || tokens.is(i, "–"))) {
            i++;
        }
        return skipAdverbs(tokens, i, end);
    }

    private int skipAdverbs(TokenIndex tokens, int from, int end) {
        int i = from;
        while (i < end && (lexicon.is(tokens.text(i), WordClass.ADVERB) || tokens.is(i, "–"))) {
            i++;
        }
        return i;
    }
}
