package org.wortlaut.anatomy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.wortlaut.io.Lexicon;

/** What an element's class and id names say about it, from {@code models/anatomy/html-hints.txt}. */
final class ClassHints {

    enum Hint { DISCARD, REMOVE, NEGATIVE, POSITIVE, LEAD }

    private static final int MIN_PREFIX_MATCH = 4;

    private final Map<String, Hint> words = new HashMap<>();

    ClassHints() {
        for (List<String> row : Lexicon.rows("anatomy/html-hints.txt")) {
            words.put(row.get(1).strip().toLowerCase(Locale.ROOT), Hint.valueOf(row.get(0).toUpperCase(Locale.ROOT)));
        }
    }

    /** Whether a name of the element marks it as never part of the article. */
    boolean isDiscarded(Element element) {
        return has(element, Hint.DISCARD);
    }

    /** Whether a name of the element marks it as a widget, navigation or list of other articles. */
    boolean isRemovable(Element element) {
        return has(element, Hint.REMOVE);
    }

    /** Positive and lead names count +1, negative and removable ones -1 each. */
    int weight(Element element) {
        int weight = 0;
        for (String word : nameWords(element)) {
            Hint hint = hintOf(word);
            if (hint == Hint.POSITIVE || hint == Hint.LEAD) {
                weight++;
            } else if (hint != null) {
                weight--;
            }
        }
        return weight;
    }

    boolean has(Element element, Hint wanted) {
        for (String word : nameWords(element)) {
            if (hintOf(word) == wanted) {
                return true;
            }
        }
        return false;
    }

    private Hint hintOf(String word) {
        Hint exact = words.get(word);
        if (exact != null || word.length() <= MIN_PREFIX_MATCH) {
            return exact;
        }
        for (int end = word.length() - 1; end >= MIN_PREFIX_MATCH; end--) {
            Hint prefix = words.get(word.substring(0, end));
            if (prefix != null) {
                return prefix;
            }
        }
        return null;
    }

    /** "article-body mainContent" gives article, body, main, content. */
    private static List<String> nameWords(Element element) {
        String names = element.className() + " " + element.id();
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char previous = ' ';
        for (int i = 0; i < names.length(); i++) {
            char c = names.charAt(i);
            boolean caseChange = Character.isUpperCase(c) && Character.isLowerCase(previous);
            if (!Character.isLetterOrDigit(c) || caseChange) {
                addWord(word, words);
            }
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            }
            previous = c;
        }
        addWord(word, words);
        return words;
    }

    private static void addWord(StringBuilder word, List<String> words) {
        if (!word.isEmpty()) {
            words.add(word.toString());
            word.setLength(0);
        }
    }
}
