package org.wortlaut.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wortlaut.io.Lexicon;
import org.wortlaut.model.EntityType;

/**
 * The nouns of {@code models/entities/cue-nouns.tsv} that say what kind of thing a following name
 * is ("Spielzeughersteller", "Film"), as words and as heads of compounds.
 */
final class CueNouns {

    private static final List<String> INFLECTIONS = List.of("", "s", "es", "n", "en");

    private final Map<String, EntityType> words = new HashMap<>();
    private final Map<String, EntityType> compoundHeads = new HashMap<>();

    CueNouns() {
        for (List<String> row : Lexicon.rows("entities/cue-nouns.tsv")) {
            String noun = row.get(0).toLowerCase(Locale.ROOT);
            EntityType type = EntityType.valueOf(row.get(1));
            if (noun.startsWith("-")) {
                compoundHeads.put(noun.substring(1), type);
            } else {
                words.put(noun, type);
            }
        }
    }

    /** The type of name the word announces, or null; nouns only (capitalised words). */
    EntityType typeAnnounced(String word) {
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
