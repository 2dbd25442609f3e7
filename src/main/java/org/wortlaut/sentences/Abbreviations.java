package org.wortlaut.sentences;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.wortlaut.io.Lexicon;

/** The German abbreviations of {@code models/sentences/abbreviations.txt}. */
final class Abbreviations {

    /**
     * The abbreviations longest first, by their first character and by the one before their
     * period: the tokenizer asks at every word, and only those can match there.
     */
    private final Map<Character, List<String>> byFirst;
    private final Map<Character, List<String>> byLastLetter;
    private final Set<String> mayEndSentence = new HashSet<>();

    Abbreviations() {
        List<List<String>> rows = Lexicon.rows("sentences/abbreviations.txt");
        List<String> longestFirst = rows.stream()
            .map(row -> row.get(0))
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
        byFirst = longestFirst.stream().collect(Collectors.groupingBy(a -> a.charAt(0)));
        byLastLetter = longestFirst.stream().collect(Collectors.groupingBy(a -> a.charAt(a.length() - 2)));
        rows.stream().filter(row -> row.size() > 1 && row.get(1).equals("final"))
            .forEach(row -> mayEndSentence.add(row.get(0)));
    }

    /** The abbreviation that ends exactly at {@code end} (after its period), or null. */
    String endingAt(CharSequence text, int from, int end) {
        if (end - 2 < from) {
            return null;
        }
        for (String abbreviation : byLastLetter.getOrDefault(text.charAt(end - 2), List.of())) {
            int start = end - abbreviation.length();
            if (start >= from && matches(text, start, abbreviation)
                && (start == from || !Character.isLetterOrDigit(text.charAt(start - 1)))) {
                return abbreviation;
            }
        }
        return null;
    }

    /** The abbreviation that starts at {@code start}, or null. */
    String startingAt(CharSequence text, int start, int to) {
        if (start >= to) {
            return null;
        }
        for (String abbreviation : byFirst.getOrDefault(text.charAt(start), List.of())) {
            int end = start + abbreviation.length();
            if (end <= to && matches(text, start, abbreviation)) {
                return abbreviation;
            }
        }
        return null;
    }

    boolean mayEndSentence(String abbreviation) {
        return mayEndSentence.contains(abbreviation);
    }

    private static boolean matches(CharSequence text, int start, String abbreviation) {
        for (int i = 0; i < abbreviation.length(); i++) {
            if (text.charAt(start + i) != abbreviation.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
