package org.wortlaut.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.wortlaut.io.Lexicon;
import org.wortlaut.model.Document;
import org.wortlaut.model.EntityType;

/**
 * Words made from names that are no names themselves: nationality adjectives and nouns
 * ("amerikanischen", "Amerikaner") and a place's adjective before a noun ("der Münchner
 * Konzern"). Some look the same as a name: "Polen" is the country without an article before
 * it, "Englisch" the language.
 */
final class DerivedWords {

    /** What a single-word mention made from a name is. */
    enum Reading { NAME, COUNTRY, LANGUAGE, DERIVED }

    /** "Hamburger", "Münchner", "Karlsruher": of a place, or its people. */
    private static final Pattern PLACE_ADJECTIVE = Pattern.compile("\\p{Lu}\\p{Ll}+er");
    /** Words that count people ("die Polen", "zwei Schweden"). */
    private static final Set<String> COUNTING_WORDS = Set.of("die", "der", "den", "des", "zwei", "drei", "vier",
        "fünf", "sechs", "sieben", "acht", "neun", "zehn", "viel");

    private final Set<String> nationalityWords = new HashSet<>();
    /** Languages, named like the adjective's stem: "Englisch", "Deutsch". */
    private final Set<String> languages = new HashSet<>();
    private final Set<String> countriesLikePeoples =
        new HashSet<>(Lexicon.entries("entities/peoples-named-like-countries.txt"));

    DerivedWords() {
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

    Reading read(Document document, Mention mention) {
        String surface = document.text().substring(mention.start(), mention.end());
        if (surface.indexOf(' ') >= 0) {
            return Reading.NAME;
        }
        if (countriesLikePeoples.contains(surface) && !countedPeople(document, mention)) {
            return Reading.COUNTRY;
        }
        if (languages.contains(surface)) {
            return Reading.LANGUAGE;
        }
        boolean derived = nationalityWords.contains(surface.toLowerCase(Locale.ROOT))
            || mention.type() == EntityType.MISC && isAdjective(document.text(), mention, surface);
        return derived ? Reading.DERIVED : Reading.NAME;
    }

    /** "die Polen", "viele junge Schweden", "3 Ungarn": an article, number or adjective before it. */
    private static boolean countedPeople(Document document, Mention mention) {
        String text = document.text();
        int previousStart = wordStartBefore(text, mention.start());
        String previous = text.substring(previousStart, mention.start()).strip();
        if (previous.isEmpty()) {
            return false;
        }
        String lower = previous.toLowerCase(Locale.ROOT);
        boolean inflected = lower.endsWith("e") || lower.endsWith("en") || lower.endsWith("er") || lower.endsWith("es");
        boolean modifier = inflected && (previous.equals(lower) || document.startsSentence(previousStart));
        return Character.isDigit(previous.charAt(0)) || COUNTING_WORDS.contains(lower) || modifier;
    }

    /**
     * A word tagged MISC that is lower case ("deutsche"), or a place's adjective before a noun
     * ("Hamburger Verbraucherschützer"); followed by anything else it may be a name ("mit
     * Bombardier und Siemens").
     */
    private static boolean isAdjective(String text, Mention mention, String surface) {
        int next = mention.end() + 1;
        return Character.isLowerCase(surface.charAt(0)) || PLACE_ADJECTIVE.matcher(surface).matches()
            && next < text.length() && text.charAt(mention.end()) == ' ' && Character.isUpperCase(text.charAt(next));
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
}
