package org.wortlaut.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.wortlaut.io.Lexicon;
import org.wortlaut.model.Document;
import org.wortlaut.model.EntityType;

/**
 * What a news reader does not count as a name, and what does not belong to one: currency words,
 * nationality words ("amerikanischen", "Amerikaner", but the country in "aus Polen" and the
 * language in "auf Englisch"), function words before a name ("zu Kiel"), roles named after an
 * organisation ("IW-Ökonom"), and the roles and titles before a person's name
 * ("US-Sicherheitsberater Jake Sullivan" → "Jake Sullivan").
 */
final class MentionFilter {

    private static final String NOT_ENTITIES = "entities/not-entities.txt";
    private final Set<String> notEntities = wordsNeverNamed();
    private final Set<String> nationalityWords = new HashSet<>();
    /** Languages, named like the adjective's stem: "Englisch", "Deutsch". */
    private final Set<String> languages = new HashSet<>();
    private final List<String> roleEndings = Lexicon.entries("entities/role-endings.txt");
    private final Set<String> leadingWords = new HashSet<>(Lexicon.entries("entities/leading-words.txt"));
    private final Set<String> countriesLikePeoples =
        new HashSet<>(Lexicon.entries("entities/peoples-named-like-countries.txt"));
    /** Words of a person's name though lower case ("Ursula von der Leyen", "zu Guttenberg"). */
    private static final Set<String> NAME_PARTICLES = Set.of("von", "vom", "zu", "zur", "der", "de");
    /** "Hamburger", "Münchner", "Karlsruher": of a place, or its people. */
    private static final Pattern PLACE_ADJECTIVE = Pattern.compile("\\p{Lu}\\p{Ll}+er");
    /** Words that count people ("die Polen", "zwei Schweden"). */
    private static final Set<String> COUNTING_WORDS = Set.of("die", "der", "den", "des", "zwei", "drei", "vier",
        "fünf", "sechs", "sieben", "acht", "neun", "zehn", "viel");

    MentionFilter() {
        for (String stem : Lexicon.entries("entities/nationality-adjectives.txt")) {
            if (stem.endsWith("sch")) {
                languages.add(Character.toUpperCase(stem.charAt(0)) + stem.substring(1));
            }
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
            if (isCountry(document, trimmed, surface)) {
                kept.add(trimmed.withType(EntityType.LOC));
            } else if (languages.contains(surface)) {
                kept.add(trimmed.withType(EntityType.MISC));
            } else if (!notEntities.contains(surface) && !isNationalityWord(surface) && !isAdjective(text, trimmed, surface)
                && !isRoleCompound(surface)) {
                kept.add(trimmed);
            }
        }
        return kept;
    }

    /** "Polen" without an article, number or adjective before it is the country. */
    private boolean isCountry(Document document, Mention mention, String surface) {
        if (!countriesLikePeoples.contains(surface)) {
            return false;
        }
        int previousStart = wordStartBefore(document.text(), mention.start());
        String previous = document.text().substring(previousStart, mention.start()).strip();
        if (previous.isEmpty()) {
            return true;
        }
        String lower = previous.toLowerCase(Locale.ROOT);
        boolean inflected = lower.endsWith("e") || lower.endsWith("en") || lower.endsWith("er") || lower.endsWith("es");
        boolean modifier = inflected && (previous.equals(lower) || startsSentence(document, previousStart));
        return !(Character.isDigit(previous.charAt(0)) || COUNTING_WORDS.contains(lower) || modifier);
    }

    /** "zu Kiel" → "Kiel", "Auf der CeBIT" → "CeBIT"; a capitalised "Auf" only at the start of a sentence. */
    private Mention withoutLeadingWords(Document document, Mention mention) {
        if (mention.canonical() != null) {
            return mention;
        }
        String text = document.text();
        int start = mention.start();
        while (true) {
            int space = text.indexOf(' ', start);
            if (space < 0 || space >= mention.end() - 1
                || !isLeadingWord(document, mention.type(), start, text.substring(start, space))) {
                break;
            }
            start = space + 1;
        }
        return Character.isUpperCase(text.charAt(start)) ? mention.withSpan(start, mention.end()) : mention;
    }

    private boolean isLeadingWord(Document document, EntityType type, int start, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (!leadingWords.contains(lower) || type == EntityType.PER && NAME_PARTICLES.contains(word)) {
            return false;
        }
        return word.equals(lower) || startsSentence(document, start);
    }

    private static boolean startsSentence(Document document, int offset) {
        return document.sentences().stream().anyMatch(sentence -> sentence.start() == offset);
    }

    /** Where the word before {@code offset} starts. */
    private static int wordStartBefore(String text, int offset) {
        int start = offset;
        while (start > 0 && text.charAt(start - 1) == ' ') {
            start--;
        }
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    private boolean isNationalityWord(String surface) {
        return surface.indexOf(' ') < 0 && nationalityWords.contains(surface.toLowerCase(Locale.ROOT));
    }

    /**
     * A single word tagged MISC that is lower case ("deutsche"), or a place's adjective before a
     * noun ("Hamburger Verbraucherschützer", "Münchner Softwarekonzern"), is derived from a name,
     * not a name.
     */
    private static boolean isAdjective(String text, Mention mention, String surface) {
        if (mention.type() != EntityType.MISC || surface.indexOf(' ') >= 0) {
            return false;
        }
        int next = mention.end() + 1;
        return Character.isLowerCase(surface.charAt(0)) || PLACE_ADJECTIVE.matcher(surface).matches()
            && next < text.length() && text.charAt(mention.end()) == ' ' && Character.isUpperCase(text.charAt(next));
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
