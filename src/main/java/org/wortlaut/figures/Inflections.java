package org.wortlaut.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * German adjective and noun endings that may follow a word stem ("dreitägig-en",
 * "dritthöchst-e"): rules compare stems, so they try the word with each ending taken off.
 */
final class Inflections {

    private static final List<String> ENDINGS = List.of("", "e", "en", "er", "es", "em", "n");

    private Inflections() {
    }

    /** {@code word} without each ending it has, the bare word first. */
    static List<String> stems(String word) {
        List<String> stems = new ArrayList<>();
        for (String ending : ENDINGS) {
            if (word.endsWith(ending) && word.length() > ending.length()) {
                stems.add(word.substring(0, word.length() - ending.length()));
            }
        }
        return stems;
    }
}
