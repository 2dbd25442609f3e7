package org.wortlaut.speech;

import java.util.List;
import org.wortlaut.model.Span;
import org.wortlaut.speech.SpeechLexicon.MarkerSide;
import org.wortlaut.speech.SpeechLexicon.VerbForm;
import org.wortlaut.speech.SpeechLexicon.WordClass;

/**
 * Recognises the words that mark speech: a speech verb with the particle it needs in its clause
 * and the auxiliary of a participle, the "wie" of "wie er sagte", and the source markers ("so",
 * "laut", "nach Angaben", "zufolge"). Stateless.
 */
final class CueFinder {

    private final SpeechLexicon lexicon;

    CueFinder(SpeechLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** A cue verb at {@code i} whose particle, if it needs one, stands in its clause before {@code end}. */
    Cue verbAt(TokenIndex tokens, int i, int end) {
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
            // "wie die Firma bekannt gab,": a verb that ends its clause has its particle before it
            if (words.length == 1 && tokens.is(i - 1, words[0]) && clauseEnd == i + 1) {
                return new Cue(i, i - 1, i, -1, form);
            }
        }
        return form.bare() ? Cue.bare(i, form) : null;
    }

    /** A cue verb at {@code i} whose particle closes the clause going on at {@code resume}, or null. */
    Cue verbWithParticleAt(TokenIndex tokens, int i, int resume) {
        VerbForm form = lexicon.verb(tokens.text(i));
        if (form == null) {
            return null;
        }
        int clauseEnd = clauseEnd(tokens, resume, tokens.size());
        for (String particle : form.particles()) {
            String[] words = particle.split(" ");
            int at = find(tokens, words, resume, clauseEnd);
            if (at >= 0 && at + words.length == clauseEnd) {
                return new Cue(i, at, at + words.length, -1, form);
            }
        }
        return null;
    }

    /** "„…“, hatte der Minister gesagt." and "„…“, wird er zitiert.": the participle after an auxiliary. */
    Cue participleAfter(TokenIndex tokens, int auxiliary, int end) {
        if (!lexicon.is(tokens.text(auxiliary), WordClass.AUXILIARY)) {
            return null;
        }
        int clauseEnd = clauseEnd(tokens, auxiliary + 1, end);
        for (int i = auxiliary + 1; i < clauseEnd; i++) {
            Cue cue = verbAt(tokens, i, clauseEnd);
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
    Cue withAuxiliary(TokenIndex tokens, Cue cue, int start) {
        int after = Math.max(cue.verb(), cue.particleEnd() - 1) + 1;
        if (isAuxiliary(tokens, after) && !isAuxiliary(tokens, cue.verb()) && isClauseMark(tokens.text(after + 1))) {
            return cue.withAuxiliary(after);
        }
        // a participle closes its clause: "hatte … betont:", not "hat … und sprach von"
        int last = Math.max(cue.verb(), cue.particleEnd() - 1);
        if (!isClauseMark(tokens.text(last + 1))) {
            return cue;
        }
        for (int i = cue.verb() - 1; i >= start && !isClauseMark(tokens.text(i)); i--) {
            if (isAuxiliary(tokens, i)) {
                return cue.withAuxiliary(i);
            }
        }
        return cue;
    }

    /** "Wie der Minister erklärte, …": the "wie" that opens the verb's clause, or null. */
    Span comparison(TokenIndex tokens, int verb, int start) {
        int i = verb - 1;
        while (i > start && !isClauseMark(tokens.text(i)) && !isClauseMark(tokens.text(i - 1))) {
            i--;
        }
        boolean found = i >= start && i < verb && tokens.text(i).equalsIgnoreCase("wie");
        return found ? tokens.span(i, i + 1) : null;
    }

    /** The side of the source marker at token {@code i}, or null when it is none there. */
    MarkerSide markerSide(TokenIndex tokens, int i) {
        SpeechLexicon.Marker marker = lexicon.marker(tokens.text(i));
        return marker != null && marker.admits(tokens.text(i + 1), tokens.text(i + 2), tokens.text(i + 3)) ? marker.side() : null;
    }

    /** Before a quotation: "laut dem Minister", "nach Angaben der Polizei", and "so" only after a comma. */
    boolean isLeadingSourceMarker(TokenIndex tokens, int i) {
        if (markerSide(tokens, i) != MarkerSide.AFTER) {
            return false;
        }
        return !tokens.text(i).equalsIgnoreCase("so") || (tokens.is(i - 1, ",") && tokens.is(i, "so"));
    }

    /** After a quotation: "so der Minister", but not "so lautet der Titel". */
    boolean isFollowingSourceMarker(TokenIndex tokens, int i) {
        WordClass next = lexicon.wordClass(tokens.text(i + 1));
        boolean sourceFollows = tokens.isCapitalized(i + 1) || next == WordClass.ARTICLE || next == WordClass.PRONOUN;
        return tokens.isLowerCase(i) && markerSide(tokens, i) == MarkerSide.AFTER && sourceFollows;
    }

    static List<Span> single(TokenIndex tokens, int i) {
        return List.of(tokens.span(i, i + 1));
    }

    private boolean isAuxiliary(TokenIndex tokens, int i) {
        return lexicon.is(tokens.text(i), WordClass.AUXILIARY);
    }

    static boolean isClauseMark(String token) {
        return !token.isEmpty() && ",:.!?;„".contains(token);
    }

    private static int clauseEnd(TokenIndex tokens, int from, int end) {
        for (int i = from; i < end; i++) {
            if (isClauseMark(tokens.text(i))) {
                return i;
            }
        }
        return end;
    }

    private static int find(TokenIndex tokens, String[] words, int from, int to) {
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
}
