package org.wortlaut.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;
import org.wortlaut.io.Lexicon;
import org.wortlaut.model.Document;
import org.wortlaut.model.EntityType;

/**
 * What a news reader does not count as a name, and what does not belong to one: currency words
 * (a step of their own, so that their effect is measured apart), words made from names ({@link DerivedWords}), roles named after an organisation ("IW-Ökonom"),
 * function words before a name ("zu Kiel"), and the roles and titles before a person's name
 * ("US-Sicherheitsberater Jake Sullivan" → "Jake Sullivan").
 */
final class MentionFilter {

    private static final String NOT_ENTITIES = "entities/not-entities.txt";
    /** Words of a person's name though lower case ("Ursula von der Leyen", "zu Guttenberg"). */
    private static final Set<String> NAME_PARTICLES = Set.of("von", "vom", "zu", "zur", "der", "de");

    private final Set<String> notEntities = wordsNeverNamed();
    private final DerivedWords derivedWords = new DerivedWords();
    private final List<String> roleEndings = Lexicon.entries("entities/role-endings.txt");
    private final Set<String> leadingWords = new HashSet<>(Lexicon.entries("entities/leading-words.txt"));

    static Set<String> wordsNeverNamed() {
        return Set.copyOf(Lexicon.entries(NOT_ENTITIES));
    }

    /** Mentions that are names, each without the function and role words before it. */
    List<Mention> apply(Document document, List<Mention> mentions) {
        String text = document.text();
        List<Mention> kept = new ArrayList<>();
        for (Mention mention : mentions) {
            Mention trimmed = withoutLeadingWords(document, mention);
            trimmed = trimmed.type() == EntityType.PER ? withoutRole(text, trimmed) : trimmed;
            String surface = text.substring(trimmed.start(), trimmed.end());
            if (isRoleCompound(surface)) {
                continue;
            }
            switch (derivedWords.read(document, trimmed)) {
                case COUNTRY -> kept.add(trimmed.withType(EntityType.LOC));
                case LANGUAGE -> kept.add(trimmed.withType(EntityType.MISC));
                case NAME -> kept.add(trimmed);
                case DERIVED -> { }
            }
        }
        return kept;
    }

    /** The mentions that are not currency names ("Euro", "US-Dollar"), which the stage never counts as names. */
    List<Mention> withoutCurrencies(Document document, List<Mention> mentions) {
        return mentions.stream()
            .filter(m -> !notEntities.contains(document.text().substring(m.start(), m.end())))
            .toList();
    }

    /** "zu Kiel" → "Kiel", "Auf der CeBIT" → "CeBIT"; a capitalised "Auf" only at the start of a sentence. */
    private Mention withoutLeadingWords(Document document, Mention mention) {
        if (mention.canonical() != null) {
            return mention;
        }
        int start = startAfter(document.text(), mention, (at, word) -> isLeadingWord(document, mention.type(), at, word));
        return Character.isUpperCase(document.text().charAt(start)) ? mention.withSpan(start, mention.end()) : mention;
    }

    private boolean isLeadingWord(Document document, EntityType type, int start, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (!leadingWords.contains(lower) || type == EntityType.PER && NAME_PARTICLES.contains(word)) {
            return false;
        }
        return word.equals(lower) || document.startsSentence(start);
    }

    private Mention withoutRole(String text, Mention mention) {
        return mention.withSpan(startAfter(text, mention, (at, word) -> isRole(word)), mention.end());
    }

    /**
     * Where {@code mention} starts once the words {@code cut} accepts (given their offset) are cut
     * from its front; its last word always stays.
     */
    private static int startAfter(String text, Mention mention, BiPredicate<Integer, String> cut) {
        int start = mention.start();
        while (true) {
            int space = text.indexOf(' ', start);
            if (space < 0 || space >= mention.end() - 1 || !cut.test(start, text.substring(start, space))) {
                return start;
            }
            start = space + 1;
        }
    }

    /** "IW-Ökonom", "SPD-Haushälterin": a role, however named its first part is. */
    private boolean isRoleCompound(String surface) {
        int hyphen = surface.lastIndexOf('-');
        return surface.indexOf(' ') < 0 && hyphen > 0 && hyphen < surface.length() - 1
            && Character.isUpperCase(surface.charAt(hyphen + 1)) && isRole(surface.substring(hyphen + 1));
    }

    private boolean isRole(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return roleEndings.stream().anyMatch(lower::endsWith);
    }
}
