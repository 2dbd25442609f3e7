package org.wortlaut.figures;

import java.util.Optional;

/**
 * Claims the tokens that must not become figures before any other rule sees them: idioms
 * ("außer Acht lassen") and numbers that name or identify ("Boeing 747", "0221 / 12 34 56").
 */
final class NotFigures implements Rule {

    private final PhraseTable<String> idioms;
    private final Identifiers identifiers;

    NotFigures(FigureLexicon lexicon, Identifiers identifiers) {
        this.idioms = lexicon.idioms;
        this.identifiers = identifiers;
    }

    @Override
    public Match match(ScannedSentence sentence, int i) {
        FigureTokens t = sentence.tokens();
        Optional<PhraseTable.Hit<String>> idiom = idioms.at(t, i);
        if (idiom.isPresent()) {
            return Match.skip(idiom.get().next());
        }
        return t.isNumber(i) && identifiers.isIdentifier(t, i) ? Match.skip(identifiers.skip(t, i)) : null;
    }
}
