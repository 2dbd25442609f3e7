package org.wortlaut.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Scores reported speech the way the dataset's authors do: the predicted and gold quotes of a
 * document are paired one to one by the overlap of their content tokens (greedily, largest
 * overlap first), then every role is scored by token overlap. A quote left unpaired counts all
 * its tokens as false positives (predicted) or false negatives (gold). Tallies are summed over
 * documents (micro average) overall and per type; an unpaired prediction is tallied under its
 * own type, everything else under the gold type. Not thread-safe: one instance per evaluation.
 */
final class SpeechScoring {

    enum RoleName { MESSAGE, CUE, SPEAKER, ADDRESSEE }

    /** One quote as sets of token ids per role, with its type as the dataset names it. */
    record ScoredQuote(String type, Map<RoleName, Set<Integer>> roles) {

        Set<Integer> role(RoleName name) {
            return roles.getOrDefault(name, Set.of());
        }
    }

    /** The role tallies and quote counts of one type, or of all types together. */
    static final class Tally {
        final Map<RoleName, Counts> roles = new EnumMap<>(RoleName.class);
        int gold;
        int paired;
        /** Predictions tallied here: paired with gold of this type, or unpaired of this type. */
        int predicted;
        /** Predictions that carry this type, wherever they were tallied. */
        int emitted;

        Tally() {
            for (RoleName name : RoleName.values()) {
                roles.put(name, Counts.ZERO);
            }
        }

        Counts counts(RoleName name) {
            return roles.get(name);
        }

        private void add(RoleName name, Counts counts) {
            roles.merge(name, counts, Counts::plus);
        }
    }

    private final Tally overall = new Tally();
    private final Map<String, Tally> byType = new TreeMap<>();
    private final List<String> errors = new ArrayList<>();

    Tally overall() {
        return overall;
    }

    Map<String, Tally> byType() {
        return byType;
    }

    /** Every unpaired quote and every paired quote with another speaker, one line each. */
    List<String> errors() {
        return errors;
    }

    /**
     * Scores one document; {@code words} renders a set of token ids as text for the error lines,
     * which start with {@code document}.
     */
    void score(String document, List<ScoredQuote> predicted, List<ScoredQuote> gold,
               Function<Set<Integer>, String> words) {
        List<int[]> matched = matched(predicted, gold);
        Set<Integer> pairedPredictions = new HashSet<>();
        Set<Integer> pairedGold = new HashSet<>();
        for (int[] pair : matched) {
            pairedPredictions.add(pair[0]);
            pairedGold.add(pair[1]);
        }
        tally(predicted, gold, matched, pairedPredictions, pairedGold);
        for (int[] pair : matched) {
            Set<Integer> predictedSpeaker = predicted.get(pair[0]).role(RoleName.SPEAKER);
            ScoredQuote g = gold.get(pair[1]);
            if (!predictedSpeaker.equals(g.role(RoleName.SPEAKER))) {
                errors.add(document + "\tSPEAKER " + g.type() + "\t" + words.apply(g.role(RoleName.SPEAKER))
                    + " ≠ " + words.apply(predictedSpeaker) + "\t" + words.apply(g.role(RoleName.CUE))
                    + "\t" + words.apply(g.role(RoleName.MESSAGE)));
            }
        }
        listUnpaired(document, "MISS    ", gold, pairedGold, words);
        listUnpaired(document, "FALSE   ", predicted, pairedPredictions, words);
    }

    private void listUnpaired(String document, String kind, List<ScoredQuote> quotes, Set<Integer> paired,
                              Function<Set<Integer>, String> words) {
        for (int i = 0; i < quotes.size(); i++) {
            if (!paired.contains(i)) {
                ScoredQuote quote = quotes.get(i);
                errors.add(document + "\t" + kind + quote.type() + "\t" + words.apply(quote.role(RoleName.SPEAKER))
                    + "\t" + words.apply(quote.role(RoleName.CUE)) + "\t" + words.apply(quote.role(RoleName.MESSAGE)));
            }
        }
    }

    private void tally(List<ScoredQuote> predicted, List<ScoredQuote> gold, List<int[]> matched,
                       Set<Integer> pairedPredictions, Set<Integer> pairedGold) {
        for (ScoredQuote quote : predicted) {
            tallyBoth(quote.type(), t -> t.emitted++);
        }
        for (int[] pair : matched) {
            ScoredQuote g = gold.get(pair[1]);
            tallyBoth(g.type(), t -> { t.paired++; t.gold++; t.predicted++; });
            for (RoleName name : RoleName.values()) {
                addBoth(g.type(), name, overlap(predicted.get(pair[0]).role(name), g.role(name)));
            }
        }
        for (int i = 0; i < gold.size(); i++) {
            if (!pairedGold.contains(i)) {
                unpaired(gold.get(i), false);
            }
        }
        for (int i = 0; i < predicted.size(); i++) {
            if (!pairedPredictions.contains(i)) {
                unpaired(predicted.get(i), true);
            }
        }
    }

    /** The one-to-one (prediction, gold) pairs, taken greedily from the best overlap down. */
    private static List<int[]> matched(List<ScoredQuote> predicted, List<ScoredQuote> gold) {
        Set<Integer> pairedPredictions = new HashSet<>();
        Set<Integer> pairedGold = new HashSet<>();
        List<int[]> matched = new ArrayList<>();
        for (int[] pair : pairs(predicted, gold)) {
            if (!pairedPredictions.contains(pair[0]) && !pairedGold.contains(pair[1])) {
                pairedPredictions.add(pair[0]);
                pairedGold.add(pair[1]);
                matched.add(pair);
            }
        }
        return matched;
    }

    private void unpaired(ScoredQuote quote, boolean isPrediction) {
        tallyBoth(quote.type(), t -> {
            if (isPrediction) {
                t.predicted++;
            } else {
                t.gold++;
            }
        });
        for (RoleName name : RoleName.values()) {
            int size = quote.role(name).size();
            addBoth(quote.type(), name, isPrediction ? new Counts(0, size, 0) : new Counts(0, 0, size));
        }
    }

    /** All (prediction, gold) index pairs whose contents overlap, best pair first. */
    private static List<int[]> pairs(List<ScoredQuote> predicted, List<ScoredQuote> gold) {
        List<int[]> pairs = new ArrayList<>();
        List<double[]> scores = new ArrayList<>();
        for (int p = 0; p < predicted.size(); p++) {
            for (int g = 0; g < gold.size(); g++) {
                Set<Integer> a = predicted.get(p).role(RoleName.MESSAGE);
                Set<Integer> b = gold.get(g).role(RoleName.MESSAGE);
                int common = intersection(a, b);
                if (common > 0) {
                    pairs.add(new int[] {p, g, pairs.size()});
                    scores.add(new double[] {common, (double) common / (a.size() + b.size() - common)});
                }
            }
        }
        // ties in overlap go to the closer match, so a nested quotation pairs with its own gold
        pairs.sort(Comparator.<int[]>comparingDouble(x -> -scores.get(x[2])[0])
            .thenComparingDouble(x -> -scores.get(x[2])[1]));
        return pairs;
    }

    private static Counts overlap(Set<Integer> predicted, Set<Integer> gold) {
        int common = intersection(predicted, gold);
        return new Counts(common, predicted.size() - common, gold.size() - common);
    }

    private static int intersection(Set<Integer> a, Set<Integer> b) {
        int common = 0;
        for (Integer id : a) {
            common += b.contains(id) ? 1 : 0;
        }
        return common;
    }

    private void addBoth(String type, RoleName name, Counts counts) {
        overall.add(name, counts);
        byType.computeIfAbsent(type, t -> new Tally()).add(name, counts);
    }

    private void tallyBoth(String type, java.util.function.Consumer<Tally> change) {
        change.accept(overall);
        change.accept(byType.computeIfAbsent(type, t -> new Tally()));
    }
}
