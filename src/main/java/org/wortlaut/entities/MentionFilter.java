package org.wortlaut.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.wortlaut.io.Lexicon;
import org.wortlaut.model.EntityType;

/**
 * What a news reader does not count as a name, and what does not belong to one: currency words,
 * nationality words ("amerikanischen", "Amerikaner"), and the roles and titles before a person's
 * name ("US-Sicherheitsberater Jake Sullivan" → "Jake Sullivan").
 */
final class MentionFilter {

    private final Set<String> notEntities = new HashSet<>(Lexicon.entries("entities/not-entities.txt"));
    private final Set<String> nationalityWords = new HashSet<>();
    private final List<String> roleEndings = Lexicon.entries("entities/role-endings.txt");

    MentionFilter() {
        for (String stem : Lexicon.entries("entities/nationality-adjectives.txt")) {
            for (String ending : List.of("", "e", "en", "er", "es", "em")) {
                nationalityWords.add(stem + ending);
            }
        }
        for (String noun : Lexicon.entries("entities/nationality-nouns.txt")) {
            String lower = noun.toLowerCase(Locale.ROOT);
            String stem = lower.endsWith("e") ? lower.substring(0, lower.length() - 1) : lower;
            for (String form : List.of(lower, lower + "n", lower + "s", stem + "in", stem + "innen", stem + "en", stem + "n")) {
                nationalityWords.add(form);
            }
        }
    }

    /** Mentions that are names, each without the role words before it. */
    List<Mention> apply(String text, List<Mention> mentions) {
        List<Mention> kept = new ArrayList<>();
        for (Mention mention : mentions) {
            Mention trimmed = mention.type() == EntityType.PER ? withoutRole(text, mention) : mention;
            String surface = text.substring(trimmed.start(), trimmed.end());
            if (!notEntities.contains(surface) && !isNationalityWord(surface) && !isAdjective(trimmed, surface)) {
                kept.add(trimmed);
            }
        }
        return kept;
    }

    private boolean isNationalityWord(String surface) {
        return surface.indexOf(' ') < 0 && nationalityWords.contains(surface.toLowerCase(Locale.ROOT));
    }

    /** A lower-case single word tagged MISC is a derived adjective ("deutsche"), not a name. */
    private static boolean isAdjective(Mention mention, String surface) {
        return mention.type() == EntityType.MISC && Character.isLowerCase(surface.charAt(0)) && surface.indexOf(' ') < 0;
    }

    private Mention withoutRole(String text, Mention mention) {
        int start = mention.start();
        while (true) {
            int space = text.indexOf(' ', start);
            if (space < 0 || space >= mention.end() - 1 || !isRole(text.substring(start, space))) {
                return mention.withSpan(start, mention.end());
            }
            start = space + 1;
        }
    }

    private boolean isRole(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return roleEndings.stream().anyMatch(lower::endsWith);
    }
}
