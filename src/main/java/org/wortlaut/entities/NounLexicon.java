package org.wortlaut.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wortlaut.io.Lexicon;
import org.wortlaut.model.EntityType;

/**
 * A list of nouns, each with the entity type it stands for, from a two-column file of
 * {@code models/entities/}: a noun with a leading "-" also matches the compounds it ends
 * ("-hersteller" matches "Spielzeughersteller"); every noun matches with the endings -s, -es,
 * -n, -en ("Kinofilms"). Only capitalised words are nouns.
 */
final class NounLexicon {

    private static final List<String> INFLECTIONS = List.of("", "s", "es", "n", "en");

    private final Map<String, EntityType> words = new HashMap<>();
    private final Map<String, EntityType> compoundHeads = new HashMap<>();

    NounLexicon(String resource) {
        for (List<String> row : Lexicon.rows(resource)) {
            String noun = row.get(0).toLowerCase(Locale.ROOT);
            EntityType type = EntityType.valueOf(row.get(1));
            if (noun.startsWith("-")) {
                compoundHeads.put(noun.substring(1), type);
            } else {
                words.put(noun, type);
            }
        }
    }

    /** The type the word stands for, or null. A listed word wins over a listed compound head. */
    EntityType typeOf(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return null;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        for (String ending : INFLECTIONS) {
            if (lower.length() > ending.length() && lower.endsWith(ending)) {
                EntityType type = lookUp(lower.substring(0, lower.length() - ending.length()));
                if (type != null) {
                    return type;
                }
            }
        }
        return null;
    }

    private EntityType lookUp(String stem) {
        EntityType type = words.get(stem);
        for (int from = 0; type == null && from < stem.length(); from++) {
            type = compoundHeads.get(stem.substring(from));
        }
        return type;
    }
}
