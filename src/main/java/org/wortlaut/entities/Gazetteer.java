package org.wortlaut.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wortlaut.io.Lexicon;
import org.wortlaut.model.Document;
import org.wortlaut.model.ZoneKind;
import org.wortlaut.model.EntityType;
import org.wortlaut.model.Token;
import org.wortlaut.sentences.Tokenizer;

/**
 * Names the news uses over and over (media, agencies, polling institutes, parties, parliaments,
 * ministries, international bodies, companies), from {@code models/entities/gazetteer.tsv}:
 * name, type, mode, canonical name; names are split into words by the project's tokenizer. Mode {@code add} marks every occurrence; {@code retype}
 * only corrects the type of a mention the model found (for names that are also common words,
 * such as "Welt" or "Linke"). A name's last word may carry a genitive s ("des Kongresses").
 */
final class Gazetteer {

    /** One lexicon entry. */
    record Entry(List<String> words, EntityType type, boolean addsMentions, String canonical) {
    }

    /** An entry found in a document. */
    record Match(int start, int end, Entry entry) {
    }

    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();

    Gazetteer() {
        Tokenizer tokenizer = new Tokenizer();
        for (List<String> row : Lexicon.rows("entities/gazetteer.tsv")) {
            String name = row.get(0);
            List<String> words = tokenizer.tokenize(name, 0, name.length()).stream().map(t -> t.of(name)).toList();
            Entry entry = new Entry(words, EntityType.valueOf(row.get(1)),
                row.size() < 3 || !row.get(2).equals("retype"), row.size() > 3 ? row.get(3) : null);
            byFirstWord.computeIfAbsent(entry.words().get(0), w -> new ArrayList<>()).add(entry);
        }
        byFirstWord.values().forEach(list -> list.sort(Comparator.comparingInt((Entry e) -> e.words().size()).reversed()));
    }

    /** The longest entries found at token boundaries within analysed sentences, not overlapping. */
    List<Match> find(Document document) {
        List<Match> matches = new ArrayList<>();
        List<Token> tokens = document.tokens();
        int i = 0;
        while (i < tokens.size()) {
            Match match = document.sentenceIn(tokens.get(i).sentence(), ZoneKind::isAnalysed) ? longestAt(tokens, i) : null;
            if (match == null) {
                i++;
            } else {
                matches.add(match);
                while (i < tokens.size() && tokens.get(i).start() < match.end()) {
                    i++;
                }
            }
        }
        return matches;
    }

    private Match longestAt(List<Token> tokens, int first) {
        List<Entry> candidates = byFirstWord.get(tokens.get(first).text());
        if (candidates == null) {
            return null;
        }
        for (Entry entry : candidates) {
            int last = first + entry.words().size() - 1;
            if (last < tokens.size() && tokens.get(last).sentence() == tokens.get(first).sentence()
                && wordsMatch(tokens, first, entry.words())) {
                return new Match(tokens.get(first).start(), tokens.get(last).end(), entry);
            }
        }
        return null;
    }

    private static boolean wordsMatch(List<Token> tokens, int first, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            String token = tokens.get(first + k).text();
            boolean last = k == words.size() - 1;
            if (!token.equals(words.get(k)) && !(last && isGenitive(token, words.get(k)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isGenitive(String token, String word) {
        return word.length() > 2 && Character.isLowerCase(word.charAt(word.length() - 1))
            && (token.equals(word + "s") || token.equals(word + "es"));
    }
}
