package org.wortlaut.figures;

import java.util.Optional;

/**
 * One sentence being scanned, with the sentence before it: some amounts take their currency
 * from there ("… 1,2 Milliarden Euro. Im Vorjahr waren es 800 Millionen.").
 */
record ScannedSentence(FigureTokens tokens, FigureTokens previous) {

    /** The currency named last before token {@code i}, in this sentence or the one before. */
    Optional<Measure> currencyBefore(int i, FigureLexicon lexicon) {
        Optional<Measure> here = lastCurrency(tokens, i, lexicon);
        return here.isPresent() ? here : lastCurrency(previous, previous.size(), lexicon);
    }

    private static Optional<Measure> lastCurrency(FigureTokens tokens, int limit, FigureLexicon lexicon) {
        Optional<Measure> last = Optional.empty();
        for (int j = 0; j < limit; j++) {
            Optional<PhraseTable.Hit<Measure>> hit = lexicon.currencies.at(tokens, j);
            if (hit.isPresent() && hit.get().next() <= limit) {
                last = Optional.of(hit.get().value());
            }
        }
        return last;
    }
}
