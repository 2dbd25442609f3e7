package org.wortlaut.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.wortlaut.model.Document;
import org.wortlaut.model.EntityType;
import org.wortlaut.model.Token;
import org.wortlaut.model.ZoneKind;

/**
 * The tokens of one analysed sentence and the mentions over them, for rules that read a name's
 * neighbouring words; mentions are changed in place in the list the view was made with.
 */
final class SentenceView {

    private static final Set<String> COORDINATORS = Set.of(",", "und", "oder", "sowie");

    private final List<Token> tokens;
    private final List<Mention> mentions;
    /** The mention over each token, rebuilt after the mentions change; null until needed. */
    private Mention[] mentionByToken;

    private SentenceView(List<Token> tokens, List<Mention> mentions) {
        this.tokens = tokens;
        this.mentions = mentions;
    }

    /** One view per analysed sentence of the document, all sharing {@code mentions}. */
    static List<SentenceView> of(Document document, List<Mention> mentions) {
        List<SentenceView> views = new ArrayList<>();
        List<Token> sentence = new ArrayList<>();
        for (Token token : document.tokens()) {
            if (!sentence.isEmpty() && sentence.get(0).sentence() != token.sentence()) {
                views.add(new SentenceView(sentence, mentions));
                sentence = new ArrayList<>();
            }
            if (document.sentenceIn(token.sentence(), ZoneKind::isAnalysed)) {
                sentence.add(token);
            }
        }
        if (!sentence.isEmpty()) {
            views.add(new SentenceView(sentence, mentions));
        }
        return views;
    }

    int size() {
        return tokens.size();
    }

    String word(int index) {
        return index >= 0 && index < tokens.size() ? tokens.get(index).text() : "";
    }

    /** Whether the word at {@code index} starts with an upper-case letter. */
    boolean capitalised(int index) {
        String word = word(index);
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    /** The mention over the token at {@code index}, or null. */
    Mention mentionAt(int index) {
        if (index < 0 || index >= tokens.size()) {
            return null;
        }
        if (mentionByToken == null) {
            indexMentions();
        }
        return mentionByToken[index];
    }

    /** Each token's mention, from the first mention over it in the shared list. */
    private void indexMentions() {
        mentionByToken = new Mention[tokens.size()];
        int sentenceStart = tokens.get(0).start();
        int sentenceEnd = tokens.get(tokens.size() - 1).end();
        for (Mention mention : mentions) {
            if (mention.start() >= sentenceEnd || mention.end() <= sentenceStart) {
                continue;
            }
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                if (mentionByToken[i] == null && mention.start() < token.end() && token.start() < mention.end()) {
                    mentionByToken[i] = mention;
                }
            }
        }
    }

    /** Whether one mention covers the tokens at {@code a} and {@code b}. */
    boolean sameMention(int a, int b) {
        Mention mention = mentionAt(a);
        return mention != null && mention == mentionAt(b);
    }

    /** The index of the last token inside {@code mention}. */
    int lastTokenOf(Mention mention) {
        int last = -1;
        for (int i = 0; i < tokens.size() && tokens.get(i).start() < mention.end(); i++) {
            last = i;
        }
        return last;
    }

    /** The index of the first token inside {@code mention}. */
    int firstTokenOf(Mention mention) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > mention.start()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The names listed from {@code first} on, joined by single commas, "und", "oder" or "sowie":
     * "Hokkala, Kumpula, Nurmijoki und Pölkki".
     */
    List<Mention> listFrom(Mention first) {
        List<Mention> list = new ArrayList<>(List.of(first));
        for (Mention next = joinedAfter(first); next != null; next = joinedAfter(next)) {
            list.add(next);
        }
        return list;
    }

    /**
     * The names coordinated with {@code first}: its list up to the last "und", "oder" or "sowie"
     * ("Siemens und Bombardier"); a name followed by commas alone is in apposition ("die
     * Gemeinde Dörverden, Heiner Falldorf, ...") and stands alone.
     */
    List<Mention> coordinatedFrom(Mention first) {
        List<Mention> list = listFrom(first);
        int complete = 1;
        for (int k = 1; k < list.size(); k++) {
            if (!word(lastTokenOf(list.get(k - 1)) + 1).equals(",")) {
                complete = k + 1;
            }
        }
        return list.subList(0, complete);
    }

    private Mention joinedAfter(Mention mention) {
        int joint = lastTokenOf(mention) + 1;
        Mention next = mentionAt(joint + 1);
        boolean joined = COORDINATORS.contains(word(joint)) && mentionAt(joint) == null;
        return joined && next != null && firstTokenOf(next) == joint + 1 ? next : null;
    }

    /** {@code mention} with another type, in place. */
    void retype(Mention mention, EntityType type) {
        mentions.replaceAll(m -> m.equals(mention) ? m.withType(type) : m);
        mentionByToken = null;
    }

    /** One mention from token {@code first} to token {@code last}, in place of all it overlaps. */
    void name(int first, int last, EntityType type) {
        Mention named = new Mention(tokens.get(first).start(), tokens.get(last).end(), type);
        mentions.removeIf(named::overlaps);
        mentions.add(named);
        mentionByToken = null;
    }
}
