package org.wortlaut.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Phrases of a word list matched against tokens: a phrase is tokenised like the text and matches
 * where its tokens are equal and touch (or are spaced) exactly as in the phrase, so "v. Chr."
 * matches "v. Chr." but not "v.Chr.". Longer phrases win. Immutable.
 *
 * @param <V> what a phrase stands for (an ISO code, a factor, a qualifier)
 */
final class PhraseTable<V> {

    record Hit<V>(int first, int next, V value) {
    }

    private record Entry<V>(List<String> words, List<Boolean> touching, V value) {
    }

    /** Entries by their first word (and its capitalised form), longest first: a lookup per token. */
    private final Map<String, List<Entry<V>>> byFirstWord = new HashMap<>();
    private final boolean capitalizedToo;
    private final int longest;

    private PhraseTable(List<Entry<V>> entries, boolean capitalizedToo) {
        this.capitalizedToo = capitalizedToo;
        this.longest = entries.stream().mapToInt(e -> e.words().size()).max().orElse(0);
        for (Entry<V> entry : entries) {
            String first = entry.words().get(0);
            byFirstWord.computeIfAbsent(first, w -> new ArrayList<>()).add(entry);
            String capitalized = capitalized(first);
            if (capitalizedToo && !capitalized.equals(first)) {
                byFirstWord.computeIfAbsent(capitalized, w -> new ArrayList<>()).add(entry);
            }
        }
    }

    /**
     * A table from lexicon rows: column 0 is the phrase, {@code value} reads the row.
     * With {@code capitalizedToo} a phrase also matches with a capital first letter (sentence start).
     */
    static <V> PhraseTable<V> of(List<List<String>> rows, Function<List<String>, V> value, boolean capitalizedToo) {
        List<Entry<V>> entries = new ArrayList<>();
        for (List<String> row : rows) {
            String phrase = row.get(0);
            FigureTokens tokens = FigureTokens.of(phrase, 0, phrase.length());
            List<String> words = new ArrayList<>();
            List<Boolean> touching = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                words.add(tokens.textAt(i));
                touching.add(tokens.touchesPrevious(i));
            }
            entries.add(new Entry<>(List.copyOf(words), List.copyOf(touching), value.apply(row)));
        }
        entries.sort(Comparator.comparingInt((Entry<V> e) -> -e.words().size()));
        return new PhraseTable<>(List.copyOf(entries), capitalizedToo);
    }

    /** The longest phrase that starts at token {@code i}. */
    Optional<Hit<V>> at(FigureTokens tokens, int i) {
        for (Entry<V> entry : candidates(tokens, i)) {
            if (matches(entry, tokens, i)) {
                return Optional.of(new Hit<>(i, i + entry.words().size(), entry.value()));
            }
        }
        return Optional.empty();
    }

    /** The longest phrase that ends right before token {@code next} (and not before {@code floor}). */
    Optional<Hit<V>> endingBefore(FigureTokens tokens, int next, int floor) {
        for (int length = longest; length >= 1; length--) {
            int first = next - length;
            if (first < floor) {
                continue;
            }
            for (Entry<V> entry : candidates(tokens, first)) {
                if (entry.words().size() == length && matches(entry, tokens, first)) {
                    return Optional.of(new Hit<>(first, next, entry.value()));
                }
            }
        }
        return Optional.empty();
    }

    boolean containsAt(FigureTokens tokens, int i) {
        return at(tokens, i).isPresent();
    }

    private List<Entry<V>> candidates(FigureTokens tokens, int first) {
        if (first < 0 || first >= tokens.size()) {
            return List.of();
        }
        return byFirstWord.getOrDefault(tokens.textAt(first), List.of());
    }

    private boolean matches(Entry<V> entry, FigureTokens tokens, int first) {
        List<String> words = entry.words();
        if (first < 0 || first + words.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!sameWord(words.get(k), tokens.textAt(first + k), k == 0)) {
                return false;
            }
            if (k > 0 && entry.touching().get(k) != tokens.touchesPrevious(first + k)) {
                return false;
            }
        }
        return true;
    }

    private boolean sameWord(String phraseWord, String textWord, boolean first) {
        if (phraseWord.equals(textWord)) {
            return true;
        }
        return first && capitalizedToo && !textWord.isEmpty() && !phraseWord.isEmpty()
            && Character.isUpperCase(textWord.charAt(0)) && textWord.equals(capitalized(phraseWord));
    }

    private static String capitalized(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
