package org.wortlaut.figures;

import java.util.List;

/**
 * What a rule made of the tokens from where it was asked up to {@code next}: zero or more
 * mentions. A match without mentions still consumes its tokens, so that no later rule reads an
 * identifier ("Boeing 747") or a name ("1. FC Köln") as a figure.
 */
record Match(List<FoundFigure> mentions, int next) {

    static Match of(FoundFigure mention, int next) {
        return new Match(List.of(mention), next);
    }

    static Match skip(int next) {
        return new Match(List.of(), next);
    }
}
