package org.wortlaut.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.wortlaut.model.Document;
import org.wortlaut.model.EntityType;
import org.wortlaut.model.Token;
import org.wortlaut.model.ZoneKind;

/**
 * A noun before a name says what the name is: "der Spielzeughersteller Mattel" is an
 * organisation, whatever the model thought, and "der Film „Das Parfum“" names a work, though
 * the model sees only common words in the quotation marks. A quoted name after such a noun
 * becomes one mention over the whole quotation; a name the model found right after it takes the
 * noun's type.
 */
final class CuedNames {

    /** Quotation marks that open a title, and the marks that may close it. */
    private static final Map<String, String> QUOTES = Map.of(
        "\"", "\"", "„", "“”\"", "“", "”\"", "«", "»", "»", "«", "‚", "‘'");
    /** Longest quotation still read as a title rather than as speech. */
    private static final int MAX_TITLE_TOKENS = 8;

    private final NounLexicon cues = new NounLexicon("entities/cue-nouns.tsv");

    List<Mention> apply(Document document, List<Mention> mentions) {
        List<Mention> result = new ArrayList<>(mentions);
        List<Token> tokens = document.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token cue = tokens.get(i);
            EntityType type = sameSentence(tokens, i, i + 1) && document.sentenceIn(cue.sentence(), ZoneKind::isAnalysed)
                ? cues.typeOf(cue.text()) : null;
            if (type != null && result.stream().noneMatch(m -> m.start() < cue.end() && cue.start() < m.end())) {
                int closing = closingQuote(tokens, i + 1);
                if (closing > 0) {
                    quotedName(tokens, i + 2, closing - 1, type, result);
                } else {
                    retypeNameAt(tokens.get(i + 1).start(), type, result);
                }
            }
        }
        result.sort(Comparator.comparingInt(Mention::start));
        return result;
    }

    /** The index of the mark closing a short quotation opened at {@code open}, or -1. */
    private static int closingQuote(List<Token> tokens, int open) {
        String closers = QUOTES.get(tokens.get(open).text());
        if (closers == null) {
            return -1;
        }
        for (int k = open + 2; k <= open + MAX_TITLE_TOKENS + 1 && k < tokens.size() && sameSentence(tokens, open, k); k++) {
            if (closers.contains(tokens.get(k).text())) {
                return k;
            }
        }
        return -1;
    }

    /** The quoted words as one name, replacing the model's pieces of it; titles start upper case. */
    private static void quotedName(List<Token> tokens, int first, int last, EntityType type, List<Mention> mentions) {
        Mention name = new Mention(tokens.get(first).start(), tokens.get(last).end(), type);
        char initial = tokens.get(first).text().charAt(0);
        boolean spills = mentions.stream().anyMatch(m -> m.overlaps(name) && (m.start() < name.start() || m.end() > name.end()));
        if ((Character.isUpperCase(initial) || Character.isDigit(initial)) && !spills) {
            mentions.removeIf(name::overlaps);
            mentions.add(name);
        }
    }

    private static void retypeNameAt(int start, EntityType type, List<Mention> mentions) {
        mentions.replaceAll(m -> m.start() == start ? m.withType(type) : m);
    }

    private static boolean sameSentence(List<Token> tokens, int a, int b) {
        return tokens.get(a).sentence() == tokens.get(b).sentence();
    }
}
