package org.wortlaut.speech;

import java.util.List;
import java.util.regex.Pattern;
import org.wortlaut.model.LinkKind;
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

    private static final Pattern ADJECTIVE_ENDING = Pattern.compile("\\p{Ll}+(ischen|lichen|igen|eren|ellen|alen|iven|sten)");

    private final SpeechLexicon lexicon;
    private final CueFinder cues;
    private final SpeakerFinder speakers;

    SourceMarkers(SpeechLexicon lexicon) {
        this.lexicon = lexicon;
        this.cues = new CueFinder(lexicon);
        this.speakers = new SpeakerFinder(lexicon);
    }

    /** The sentence's statement under its first marker, or null; {@code carried} is the source before. */
    Speech find(TokenIndex tokens, SentenceRange sentence, Span carried) {
        for (int i = sentence.from(); i < sentence.end(); i++) {
            MarkerSide side = isPostposed(tokens, i) ? MarkerSide.BEFORE : cues.markerSide(tokens, i);
            MarkedSource source = side == null ? null : switch (side) {
                case AFTER -> sourceAfter(tokens, sentence, i);
                case BEFORE -> sourceBefore(tokens, sentence, i);
                // "Demnach …" with no source before: the word itself stands for the source, as annotators mark it
                case ALONE -> new MarkedSource(new TokenRange(i, i + 1), carried != null ? carried : tokens.span(i, i + 1));
            };
            List<TokenRange> content = source == null ? List.of() : sentence.without(tokens, source.frame().from(), source.frame().to());
            if (!content.isEmpty()) {
                return new Speech(QuoteType.INDIRECT, content,
                    new Attribution(CueFinder.single(tokens, i), source.speaker(), null, false),
                    side == MarkerSide.ALONE ? LinkKind.CARRIED : LinkKind.DIRECT);
            }
        }
        return null;
    }

    /**
     * "seiner Meinung nach": a marker that takes its noun after it may also follow it, and then no
     * noun phrase of its own follows ("zu wenige Soldaten nach Tabasco" is a direction).
     */
    private boolean isPostposed(TokenIndex tokens, int i) {
        SpeechLexicon.Marker marker = lexicon.marker(tokens.text(i));
        boolean ownObject = tokens.isCapitalized(i + 1) || isArticle(tokens, i + 1);
        return marker != null && !marker.nouns().isEmpty() && tokens.isLowerCase(i)
            && tokens.isCapitalized(i - 1) && marker.admits(tokens.text(i - 1)) && !ownObject;
    }

    /** The words a marker takes out of the sentence, and who among them is the source. */
    private record MarkedSource(TokenRange frame, Span speaker) {
    }

    /** The marker and the source after it ("laut der Polizei"); "so" only after a comma. */
    private MarkedSource sourceAfter(TokenIndex tokens, SentenceRange sentence, int marker) {
        boolean so = tokens.text(marker).equalsIgnoreCase("so");
        if (so && !(tokens.is(marker - 1, ",") && cues.isFollowingSourceMarker(tokens, marker))) {
            return null;
        }
        // ", so der Bericht mit Verweis auf …, eine Konsequenz": the aside runs to its closing comma
        int limit = so ? nextComma(tokens, marker + 1, sentence.end()) : sentence.end();
        Span source = speakers.after(tokens, marker + 1, limit, false);
        if (source == null) {
            source = writtenName(tokens, marker + 1, limit);
        }
        if (source == null) {
            return null;
        }
        if (so && tokens.is(limit, ",") && (!isArticle(tokens, marker + 1) || !isArticle(tokens, limit + 1))) {
            // ", so der Sprecher der Bewegung, Ehsanullah Ehsan.": a name beside a description names the source too;
            // two described things are the source and the content going on ("so der Bericht, eine Konsequenz")
            Span named = speakers.after(tokens, marker + 1, sentence.end(), false);
            int namedEnd = named == null ? limit : tokens.firstEndingAfter(named.end() - 1) + 1;
            if (namedEnd > limit + 1 && (namedEnd == sentence.end() || tokens.is(namedEnd, ","))) {
                source = named;
                limit = namedEnd;
            }
        }
        return new MarkedSource(new TokenRange(marker, so ? limit : tokens.firstEndingAfter(source.end() - 1) + 1), source);
    }

    private boolean isArticle(TokenIndex tokens, int i) {
        return lexicon.is(tokens.text(i), SpeechLexicon.WordClass.ARTICLE);
    }

    /** "laut taz", "laut ndr.de", "laut „tagesschau.de“": a source written in lower case or in quotation marks. */
    private static Span writtenName(TokenIndex tokens, int from, int limit) {
        if (tokens.is(from, "„")) {
            for (int i = from + 1; i < limit && i < from + 6; i++) {
                if (tokens.is(i, "“")) {
                    return tokens.span(from, i + 1);
                }
            }
            return null;
        }
        // "laut" is also an adjective ("rief laut um Hilfe"): only a web or compound name is a source
        int end = from;
        while (end + 2 < limit && tokens.isWord(end) && isJoiner(tokens.text(end + 1))
            && touches(tokens, end, end + 1) && touches(tokens, end + 1, end + 2) && tokens.isWord(end + 2)) {
            end += 2;
        }
        return end > from ? tokens.span(from, end + 1) : null;
    }

    private static boolean isJoiner(String token) {
        return token.equals(".") || token.equals("-");
    }

    /** Whether token {@code a} ends where token {@code b} begins: one written word. */
    private static boolean touches(TokenIndex tokens, int a, int b) {
        return tokens.span(a, a + 1).end() == tokens.span(b, b + 1).start();
    }

    private static int nextComma(TokenIndex tokens, int from, int end) {
        for (int i = from; i < end; i++) {
            if (tokens.is(i, ",")) {
                return i;
            }
        }
        return end;
    }

    /** The source before the marker and the marker ("dem Bericht zufolge"). */
    private MarkedSource sourceBefore(TokenIndex tokens, SentenceRange sentence, int marker) {
        Span source = speakers.endingAt(tokens, sentence.from(), marker);
        if (source == null) {
            return null;
        }
        int from = tokens.firstEndingAfter(source.start());
        // "westlichen Militärbeobachtern zufolge": adjectives without article belong to the source
        while (from - 1 > sentence.from() && isAttributiveAdjective(tokens, from - 1)) {
            from--;
        }
        return new MarkedSource(new TokenRange(from, marker + 1), tokens.span(from, marker));
    }

    /** A lower-case word with an adjective ending, so "westlichen", not the verb "machen" before it. */
    private boolean isAttributiveAdjective(TokenIndex tokens, int i) {
        String word = tokens.text(i);
        return tokens.isLowerCase(i) && lexicon.verb(word) == null && lexicon.wordClass(word) == null
            && ADJECTIVE_ENDING.matcher(word).matches();
    }
}
