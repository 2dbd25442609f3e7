package org.wortlaut.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.wortlaut.model.Document;
import org.wortlaut.model.EntityType;

/**
 * The names of vehicles, weapons and devices, which the model takes for people, organisations
 * or places because they are named like them: right after a noun that says what kind of thing
 * follows ("Spähwagen Scout", "Trainingsflugzeuge Yak", "Kampfjets vom Typ Yak-130",
 * "Schlachtschiff Sultan Osman"), the name is a product (MISC).
 */
final class ProductNames {

    /** Last parts of nouns for a kind of vehicle, weapon or device; a compound ending in one counts too. */
    private static final List<String> KIND_ENDINGS = List.of("panzer", "fahrzeug", "fahrzeuge", "flugzeug", "flugzeuge",
        "wagen", "jet", "jets", "hubschrauber", "helikopter", "rakete", "raketen", "drohne", "drohnen", "schiff", "schiffe",
        "boot", "boote", "fregatte", "korvette", "zerstörer", "gewehr", "gewehre", "haubitze", "haubitzen", "lenkwaffe",
        "lenkwaffen", "prototyp", "smartphone", "spielkonsole");
    /** Words for "of the type": only right after a preposition or article ("vom Typ", "der Baureihe"). */
    private static final Set<String> TYPE_WORDS = Set.of("Typ", "Typs", "Modell", "Modells", "Baureihe");
    private static final Set<String> BEFORE_TYPE_WORDS = Set.of("vom", "von", "des", "der", "dem", "im");
    /** A designation of its own: "Yak-130", "NH90", "T-72", "AT-10". */
    private static final Pattern CODE = Pattern.compile("\\p{Lu}[\\p{L}]{0,3}-?\\d{1,4}\\p{L}{0,3}");

    List<Mention> apply(Document document, List<Mention> mentions) {
        List<Mention> result = new ArrayList<>(mentions);
        for (SentenceView sentence : SentenceView.of(document, result)) {
            for (int i = 0; i + 1 < sentence.size(); i++) {
                if (namesAKind(sentence, i)) {
                    nameAfter(sentence, i + 1);
                }
            }
        }
        result.sort(Comparator.comparingInt(Mention::start));
        return result;
    }

    private static boolean namesAKind(SentenceView s, int i) {
        String word = s.word(i);
        if (!s.capitalised(i) || s.mentionAt(i) != null) {
            return false;
        }
        if (TYPE_WORDS.contains(word)) {
            return BEFORE_TYPE_WORDS.contains(s.word(i - 1).toLowerCase(Locale.ROOT));
        }
        String lower = word.toLowerCase(Locale.ROOT);
        for (String ending : KIND_ENDINGS) {
            if (lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** The name at {@code first}, found by the model or a designation, becomes a product. */
    private static void nameAfter(SentenceView s, int first) {
        Mention found = s.mentionAt(first);
        if (found != null && s.firstTokenOf(found) == first) {
            // a country in the genitive is whose the things are: "die Panzer Russlands"
            boolean genitive = found.type() == EntityType.LOC && s.word(s.lastTokenOf(found)).endsWith("s");
            if (!genitive && found.type() != EntityType.MISC) {
                int last = s.lastTokenOf(found);
                s.name(first, CODE.matcher(s.word(last + 1)).matches() ? last + 1 : last, EntityType.MISC);
            }
        } else if (found == null && CODE.matcher(s.word(first)).matches()) {
            // a name may follow the designation: "AT-10 Stabber"
            boolean named = s.capitalised(first + 1) && s.mentionAt(first + 1) == null && !s.capitalised(first + 2);
            s.name(first, named ? first + 1 : first, EntityType.MISC);
        }
    }
}
