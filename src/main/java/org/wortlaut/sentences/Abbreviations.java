package org.wortlaut.sentences;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.wortlaut.io.Lexicon;

/** The German abbreviations of {@code models/sentences/abbreviations.txt}. */
final class Abbreviations {

    private final List<String> longestFirst;
    private final Set<String> mayEndSentence = new HashSet<>();

    Abbreviations() {
        List<List<String>> rows = Lexicon.rows("sentences/abbreviations.txt");
        longestFirst = rows.stream()
            .map(row -> row.get(0))
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
        rows.stream().filter(row -> row.size() > 1 && row.get(1).equals("final"))
            .forEach(row -> mayEndSentence.add(row.get(0)));
    }

    /** The abbreviation that ends exactly at {@code end} (after its period), or null. */
    String endingAt(CharSequence text, int from, int end) {
        for (String abbreviation : longestFirst) {
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
        for (String abbreviation : longestFirst) {
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
