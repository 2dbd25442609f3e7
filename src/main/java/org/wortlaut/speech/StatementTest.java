package org.wortlaut.speech;

import java.util.Set;
import org.wortlaut.io.Lexicon;

/**
 * Tells quoted statements from quoted names, titles and scare quotes. In news text a quotation
 * of five words or more is nearly always speech. Shorter ones are speech when they are a
 * fragment of a sentence (they begin in lower case: „sehr fragwürdig“), a question or an
 * exclamation, or a speech cue or a colon introduces them. A short run of capitalised words
 * („Die Freiheit“, „Stuttgart 21“) is a name unless a cue follows it directly („Es reicht“,
 * sagte er), names something as it (bezeichnete die Pläne als „Wortbruch“), encloses it
 * (warfen der Regierung „Wortbruch“ vor) or introduces it with a colon (sagte er: „Ja.“).
 * Nothing is speech that a title noun introduces (unter dem Motto „…“, die Zeitung „…“).
 */
final class StatementTest {

    private static final int STATEMENT_WORDS = 5;

    private final Set<String> titleNouns = Set.copyOf(Lexicon.entries("speech/title-nouns.txt"));

    /** Lower-case words this short are articles and prepositions, in titles of any language. */
    private static final int FUNCTION_WORD = 4;

    /**
     * The words between the marks of tokens {@code from} to {@code to}: how many, whether all
     * are capitalised, whether all but short function words are ("Union pour un Mouvement
     * Populaire"), whether the first is lower case.
     */
    private record Words(int count, boolean allCapitalized, boolean titleCase, boolean startsLowerCase) {

        static Words of(TokenIndex tokens, int from, int to) {
            int count = 0;
            boolean allCapitalized = true;
            boolean titleCase = true;
            boolean startsLowerCase = false;
            for (int i = from + 1; i < to - 1; i++) {
                if (tokens.isWord(i)) {
                    startsLowerCase = count == 0 ? tokens.isLowerCase(i) : startsLowerCase;
                    allCapitalized &= !tokens.isLowerCase(i);
                    titleCase &= !tokens.isLowerCase(i) || tokens.text(i).length() <= FUNCTION_WORD;
                    count++;
                }
            }
            return new Words(count, allCapitalized, titleCase, startsLowerCase);
        }
    }

    /** Whether tokens {@code from} to {@code to} (the quotation with its marks) are speech. */
    boolean isStatement(TokenIndex tokens, int from, int to, Attribution attribution) {
        Words words = Words.of(tokens, from, to);
        if (isTitle(tokens, from, to, attribution)) {
            return false;
        }
        if (words.count() >= STATEMENT_WORDS) {
            return !words.titleCase() || attribution.hasCue();
        }
        if (words.count() == 0) {
            return false;
        }
        if (endsAsExclamationOrQuestion(tokens, to)) {
            return true;
        }
        if (words.allCapitalized()) {
            boolean named = isNamedBy(tokens, from) || isEnclosedByCue(tokens, from, to, attribution)
                || tokens.is(from - 1, ":");
            return attribution.hasCue() && (attribution.follows() ? tokens.is(to, ",") : named);
        }
        return words.startsLowerCase() || attribution.hasCue() || tokens.is(from - 1, ":");
    }

    /**
     * "unter dem Motto „…“", "die Zeitung „…“", "Motto: „…“" (but not "sagte der Zeitung: „…“"),
     * and a quoted web address („news.bbc.co.uk“), unless a frame follows.
     */
    private boolean isTitle(TokenIndex tokens, int from, int to, Attribution attribution) {
        if (attribution.follows()) {
            return false;
        }
        boolean named = titleNouns.contains(tokens.text(from - 1))
            || (tokens.is(from - 1, ":") && titleNouns.contains(tokens.text(from - 2)) && !attribution.hasCue());
        boolean webAddress = to - from == 3 && tokens.text(from + 1).contains(".");
        return named || webAddress;
    }

    /** "nannte den Bericht eine „Zeitungsente“", "bezeichnete die Pläne als „Wortbruch“". */
    private static boolean isNamedBy(TokenIndex tokens, int from) {
        return switch (tokens.text(from - 1)) {
            case "als", "ein", "eine", "einen", "einem", "einer" -> true;
            default -> false;
        };
    }

    /** "warfen der Regierung „Wortbruch“ vor": the cue closes after the quotation, its object. */
    private static boolean isEnclosedByCue(TokenIndex tokens, int from, int to, Attribution attribution) {
        int end = tokens.span(from, to).end();
        return attribution.cue().stream().anyMatch(span -> span.start() >= end);
    }

    /** „Wo ist meine Stimme?“ is said, not named. */
    private static boolean endsAsExclamationOrQuestion(TokenIndex tokens, int to) {
        return tokens.is(to - 2, "?") || tokens.is(to - 2, "!");
    }

    /** A short run of capitalised words: a name or title, part of the sentence around it. */
    boolean looksLikeName(TokenIndex tokens, int from, int to) {
        Words words = Words.of(tokens, from, to);
        return words.count() < STATEMENT_WORDS && words.allCapitalized();
    }
}
