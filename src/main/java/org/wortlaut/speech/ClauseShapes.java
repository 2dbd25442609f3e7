package org.wortlaut.speech;

import java.util.Locale;
import java.util.regex.Pattern;
import org.wortlaut.model.Span;

/**
 * The shapes of clauses that tell reported speech from narration without a parser: what a
 * speech verb leads into (a "dass" clause, a Konjunktiv, an infinitive), what it does not (a
 * relative clause), and a cue that is no predicate (a bare participle). Stateless.
 */
final class ClauseShapes {

    /** A comment before its dash is short: "Eine schöne, aber teure Vision". */
    private static final int VERBLESS_WORDS = 5;
    // compiled once: these are asked for nearly every token of every article
    private static final Pattern D_WORD = Pattern.compile("der|die|das|dem|den|deren|dessen|welche[rsnm]?");
    private static final Pattern RELATIVE_WORD = Pattern.compile("was|wo|wobei|womit|wodurch|weswegen|weshalb|sodass|so");
    private static final Pattern RELATIVE_AFTER_PREPOSITION = Pattern.compile("der|dem|denen|dessen|deren|welche[rnm]?");
    private static final Pattern PREPOSITION = Pattern.compile("mit|von|bei|in|an|auf|für|aus|nach|über|unter|zu|durch|gegen");
    private static final Pattern PARTICIPLE = Pattern.compile("\\p{Ll}*ge\\p{Ll}+(t|en)");
    private static final Pattern ZU_INFINITIVE = Pattern.compile("\\p{Ll}+zu\\p{Ll}+en");

    private final SpeechLexicon lexicon;

    ClauseShapes(SpeechLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * "…, der wegen Gotteslästerung angeklagt war", "…, was ein Hinweis ist": a clause that
     * describes a word before it, not what was said. A d-word followed by a noun is an article.
     */
    static boolean opensRelativeClause(TokenIndex tokens, int i) {
        String word = tokens.text(i).toLowerCase(Locale.ROOT);
        boolean dWord = D_WORD.matcher(word).matches();
        return RELATIVE_WORD.matcher(word).matches()
            || (dWord && tokens.isLowerCase(i + 1))
            || (isPreposition(word) && RELATIVE_AFTER_PREPOSITION.matcher(tokens.text(i + 1)).matches());
    }

    private static boolean isPreposition(String word) {
        return PREPOSITION.matcher(word).matches();
    }

    /** "die auch Ramstein-Format genannt wird": a participle alone, without auxiliary, is an attribute. */
    static boolean isBareParticiple(TokenIndex tokens, Attribution frame) {
        if (frame.cue().size() != 1) {
            return false;
        }
        Span cue = frame.cue().get(0);
        int i = tokens.firstEndingAfter(cue.start());
        return tokens.span(i, i + 1).end() == cue.end() && PARTICIPLE.matcher(tokens.text(i)).matches();
    }

    /** "Er räumte ein, …": the verb or its particle is the last word before the boundary. */
    static boolean closesClause(Cue cue, int boundary) {
        return Math.max(cue.verb(), cue.particleEnd() - 1) == boundary - 1;
    }

    /** A "dass"/"ob" clause, a Konjunktiv or an infinitive: what a speech verb in the clause before leads into. */
    boolean looksReported(TokenIndex tokens, int from, int to) {
        String first = tokens.text(from).toLowerCase(Locale.ROOT);
        return first.equals("dass") || first.equals("ob") || hasSubjunctive(tokens, from, to)
            || closesWithInfinitive(tokens, from, to);
    }

    /** "…, sich an den Maßnahmen zu beteiligen" / "…, die Reform voranzutreiben": the first clause ends in an infinitive. */
    private static boolean closesWithInfinitive(TokenIndex tokens, int from, int to) {
        int last = from;
        while (last + 1 < to && !CueFinder.isClauseMark(tokens.text(last + 1))) {
            last++;
        }
        String verb = tokens.text(last);
        return last > from && verb.endsWith("en")
            && ((tokens.is(last - 1, "zu") && tokens.isLowerCase(last)) || ZU_INFINITIVE.matcher(verb).matches());
    }

    /** Whether a Konjunktiv form ("sei", "habe", "soll") stands in tokens [from, to). */
    boolean hasSubjunctive(TokenIndex tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (lexicon.isSubjunctive(tokens.text(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a Konjunktiv I form ("sei", "habe"), which only reports, stands in tokens [from, to). */
    boolean hasReportingSubjunctive(TokenIndex tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (lexicon.isSubjunctive(tokens.text(i)) && !lexicon.isConditional(tokens.text(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Eine schöne Vision – aber …", "Ein kühner Plan: …": a few words without a verb, then a dash
     * or colon. So the author comments on what was quoted, and the Konjunktiv II that may follow
     * is the author's supposition, not reported speech.
     */
    static boolean opensWithVerblessPhrase(TokenIndex tokens, int from, int end) {
        for (int i = from + 1; i < end && i <= from + VERBLESS_WORDS; i++) {
            if (tokens.is(i, "–") || tokens.is(i, ":")) {
                return tokens.isCapitalized(from);
            }
            if (tokens.is(i, ",")) {
                return false;
            }
        }
        return false;
    }

    /** A comma or colon, after which a reported clause may begin. */
    static boolean isBoundary(TokenIndex tokens, int i) {
        return tokens.is(i, ",") || tokens.is(i, ":");
    }
}
