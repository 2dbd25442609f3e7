package org.wortlaut.figures;

import java.util.Optional;
import org.wortlaut.model.Qualifier;

/**
 * Finds the qualifier word right before a figure ("rund", "mehr als", "gegen"). A qualifier
 * separated from the number by other words is dropped, so only the words touching the figure's
 * first token count.
 */
final class Hedges {

    /** Where a qualifier was found and what it says. */
    record Found(int first, Qualifier qualifier) {
    }

    /** Where a figure's span starts (at its qualifier, if any) and the qualifier, or null. */
    record Hedged(int start, Qualifier qualifier) {

        static Hedged of(Optional<Found> found, FigureTokens t, int first) {
            return found.map(h -> new Hedged(t.start(h.first()), h.qualifier()))
                .orElseGet(() -> new Hedged(t.start(first), null));
        }
    }

    private final FigureLexicon lexicon;

    Hedges(FigureLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The qualifier ending right before token {@code i} that may stand in {@code context}
     * ("amount" or "time"), but not reaching back before token {@code floor}.
     */
    Optional<Found> before(FigureTokens tokens, int i, int floor, String context) {
        return find(tokens, i, floor, context);
    }

    /** The start and qualifier of a figure whose first token is {@code first}. */
    Hedged around(FigureTokens tokens, int first, String context) {
        return Hedged.of(find(tokens, first, 0, context), tokens, first);
    }

    private Optional<Found> find(FigureTokens tokens, int i, int floor, String context) {
        return lexicon.qualifiers.endingBefore(tokens, i, floor)
            .filter(hit -> hit.value().allows(context))
            .map(hit -> new Found(hit.first(), hit.value().qualifier()));
    }
}
