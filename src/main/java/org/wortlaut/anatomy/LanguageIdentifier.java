package org.wortlaut.anatomy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.wortlaut.io.Lexicon;

/**
 * Tells the language of a text from its function words: every language's most frequent
 * articles, pronouns, prepositions and auxiliaries ({@code models/anatomy/function-words.tsv})
 * make up a third or more of any running text in it, and few of them are shared between
 * languages. The text's language is the one whose words take the largest share, when that share
 * is large enough to be more than chance. Thread-safe.
 */
public final class LanguageIdentifier {

    /** Undetermined (ISO 639-2): the text has words, but no known language's function words. */
    public static final String UNDETERMINED = "und";
    /** Fewer words than this say too little to tell. */
    static final int MIN_WORDS = 20;
    /** Running text in a listed language is 30 to 45 % function words; a page of menus and lists still 5 % or more. */
    static final double MIN_SHARE = 0.05;

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final Map<String, Set<String>> functionWords = new TreeMap<>();

    public LanguageIdentifier() {
        for (List<String> row : Lexicon.rows("anatomy/function-words.tsv")) {
            functionWords.put(row.get(0), new HashSet<>(List.of(row.get(1).split(" "))));
        }
    }

    /**
     * The language of a text as an ISO 639-1 code, {@link #UNDETERMINED} when none of the known
     * languages' function words are frequent in it, or empty when it has too few words to tell.
     */
    public Optional<String> identify(String text) {
        Map<String, Integer> hits = new HashMap<>();
        int words = 0;
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words++;
            String lower = word.group().toLowerCase(Locale.ROOT);
            functionWords.forEach((language, list) -> {
                if (list.contains(lower)) {
                    hits.merge(language, 1, Integer::sum);
                }
            });
        }
        if (words < MIN_WORDS) {
            return Optional.empty();
        }
        // languages in code order, so that a tie goes to the same one every time
        String best = UNDETERMINED;
        int bestHits = 0;
        for (String language : functionWords.keySet()) {
            int count = hits.getOrDefault(language, 0);
            if (count > bestHits) {
                best = language;
                bestHits = count;
            }
        }
        return Optional.of(bestHits >= MIN_SHARE * words ? best : UNDETERMINED);
    }

    /** The language of a web page's visible text (scripts and styles left out). */
    public Optional<String> identifyPage(byte[] html) {
        return identify(Jsoup.parse(HtmlDecoder.decode(html)).body().text());
    }
}
