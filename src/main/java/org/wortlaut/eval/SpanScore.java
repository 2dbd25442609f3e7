package org.wortlaut.eval;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Exact-match scoring of two sets of labelled spans. */
final class SpanScore {

    private SpanScore() {
    }

    /** Tallies predictions against gold items: equal items match, all others are errors. */
    static <T> Counts exact(Collection<T> gold, Collection<T> predicted) {
        Set<T> goldSet = new HashSet<>(gold);
        Set<T> predictedSet = new HashSet<>(predicted);
        double truePositives = predictedSet.stream().filter(goldSet::contains).count();
        return new Counts(truePositives, predictedSet.size() - truePositives, goldSet.size() - truePositives);
    }
}
