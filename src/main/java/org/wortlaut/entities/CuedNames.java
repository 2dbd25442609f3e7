package org.wortlaut.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.wortlaut.model.Document;
import org.wortlaut.model.EntityType;

/**
 * A noun before a name says what the name is: "der Spielzeughersteller Mattel" is an
 * organisation, whatever the model thought, and "der Film „Das Parfum“" names a work, though
 * the model sees only common words in the quotation marks. A quoted name after such a noun
 * becomes one mention over the whole quotation; a name the model found right after it takes the
 * noun's type, and so do the names coordinated with it ("den Herstellern Siemens und
 * Bombardier"). The noun itself is no part of the name ("des Instituts Forsa").
 */
final class CuedNames {

    /** Quotation marks that open a title, and the marks that may close it. */
    private static final Map<String, String> QUOTES = Map.of(
        "\"", "\"", "„", "“”\"", "“", "”\"", "«", "»", "»", "«", "‚", "‘'");
    /** Longest quotation still read as a title rather than as speech. */
    private static final int MAX_TITLE_TOKENS = 8;
    /** An attribute that starts the name itself ("Verband Norddeutscher Frauenvereine"). */
    private static final Pattern ATTRIBUTE = Pattern.compile("\\p{Lu}\\p{Ll}+(e|en|er|es|em)");

    private final NounLexicon cues = new NounLexicon("entities/cue-nouns.tsv");
    /** Nouns that open an official name ("Verlag C. H. Beck", "Ortsgruppe Amberg"): part of it. */
    private final NounLexicon openers;

    CuedNames(NounLexicon openers) {
        this.openers = openers;
    }

    List<Mention> apply(Document document, List<Mention> mentions) {
        List<Mention> result = new ArrayList<>(mentions);
        for (SentenceView sentence : SentenceView.of(document, result)) {
            for (int i = 0; i + 1 < sentence.size(); i++) {
                uncoverCue(sentence, i);
                EntityType type = sentence.mentionAt(i) == null ? cues.typeOf(sentence.word(i)) : null;
                if (type != null) {
                    nameAfterCue(sentence, i + 1, type);
                }
            }
        }
        result.sort(Comparator.comparingInt(Mention::start));
        return result;
    }

    /**
     * "des Instituts Forsa", "des Arbeitgeberverbands Süd-West-Metall": the model took the cue
     * noun into the name; the name starts after it. Lexicon names keep their words.
     */
    private void uncoverCue(SentenceView s, int i) {
        Mention mention = s.mentionAt(i);
        if (mention != null && mention.canonical() == null && s.firstTokenOf(mention) == i
            && s.lastTokenOf(mention) > i && s.capitalised(i + 1) && cues.typeOf(s.word(i)) != null
            && openers.typeOf(s.word(i)) == null
            && !(ATTRIBUTE.matcher(s.word(i + 1)).matches() && s.lastTokenOf(mention) > i + 1)) {
            s.name(i + 1, s.lastTokenOf(mention), mention.type());
        }
    }

    private static void nameAfterCue(SentenceView s, int next, EntityType type) {
        int open = s.word(next).equals(":") ? next + 1 : next;
        int closing = closingQuote(s, open);
        if (closing > 0) {
            quotedNames(s, open, closing, type);
            return;
        }
        Mention name = s.mentionAt(next);
        if (name != null && s.firstTokenOf(name) == next && !isGenitive(s, name)) {
            s.coordinatedFrom(name).stream().filter(m -> mayRetype(m.type(), type)).forEach(m -> s.retype(m, type));
        }
    }

    /**
     * Whether a cue noun may retype a name outside quotation marks: people are named after
     * organisations, but a place or a person after a work or a state is a name of its own ("im
     * Spiel Deutschland–Serbien", "des Bundesstaates Andrew Cuomo").
     */
    private static boolean mayRetype(EntityType named, EntityType cue) {
        return switch (named) {
            case PER -> cue == EntityType.ORG;
            case LOC -> cue != EntityType.MISC;
            default -> true;
        };
    }

    /** The index of the mark closing a short quotation opened at {@code open}, or -1. */
    private static int closingQuote(SentenceView s, int open) {
        String closers = QUOTES.get(s.word(open));
        if (closers == null) {
            return -1;
        }
        for (int k = open + 2; k <= open + MAX_TITLE_TOKENS + 1 && k < s.size(); k++) {
            if (closers.contains(s.word(k))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The quoted title from {@code open} to {@code closing}, and those coordinated with it:
     * "die Serien „Unsere 50er Jahre“ und „Unsere 60er Jahre“".
     */
    private static void quotedNames(SentenceView s, int open, int closing, EntityType type) {
        while (closing > 0) {
            quotedName(s, open + 1, closing - 1, type);
            boolean coordinated = closing + 2 < s.size() && (s.word(closing + 1).equals(",")
                || s.word(closing + 1).equals("und") || s.word(closing + 1).equals("oder"));
            open = closing + 2;
            closing = coordinated ? closingQuote(s, open) : -1;
        }
    }

    /** The quoted words as one name, replacing the model's pieces of it; titles start upper case. */
    private static void quotedName(SentenceView s, int first, int last, EntityType type) {
        char initial = s.word(first).charAt(0);
        Mention atFirst = s.mentionAt(first);
        Mention atLast = s.mentionAt(last);
        boolean spills = atFirst != null && s.firstTokenOf(atFirst) < first || atLast != null && s.lastTokenOf(atLast) > last;
        if ((Character.isUpperCase(initial) || Character.isDigit(initial)) && !spills) {
            s.name(first, last, type);
        }
    }

    /**
     * "die Klinik Monacos", "die Partei Merkels": a one-word place or person in the genitive is
     * the owner, not the thing the noun names.
     */
    private static boolean isGenitive(SentenceView s, Mention name) {
        String word = s.word(s.firstTokenOf(name));
        return s.firstTokenOf(name) == s.lastTokenOf(name) && word.endsWith("s") && !word.equals(word.toUpperCase())
            && (name.type() == EntityType.LOC || name.type() == EntityType.PER);
    }
}
