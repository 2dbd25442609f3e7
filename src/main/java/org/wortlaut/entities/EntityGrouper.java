package org.wortlaut.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.wortlaut.model.Document;
import org.wortlaut.model.Entity;
import org.wortlaut.model.EntityGroup;
import org.wortlaut.model.EntityType;

/**
 * Groups the mentions of one article that name the same thing: the same name in any case or
 * with a genitive s ("NATO", "Nato", "Nato's"), a lexicon's canonical name ("EZB" and
 * "Europäische Zentralbank"), a person's surname after the full name ("Joe Biden", "Biden",
 * "Bidens"), a town after its full name with river or region ("Freiburg im Breisgau",
 * "Freiburg"), a name in any case ("Europäischen Rechnungshof", "Europäische Rechnungshof") and a
 * company with and without its legal form ("Blaser GmbH", "Blaser"). The canonical name is the lexicon's, else the fullest and most frequent form.
 */
final class EntityGrouper {

    /** Words of a company's legal form, in lower case, that end its name ("GmbH & Co. KG"). */
    private static final Set<String> LEGAL_FORM_WORDS = Set.of("gmbh", "mbh", "ag", "se", "kg", "kgaa", "ohg", "ug",
        "e.v.", "ev", "&", "co.", "co", "inc.", "inc", "ltd.", "ltd", "plc", "llc", "corp.", "corp", "sa", "s.a.",
        "n.v.", "nv", "b.v.", "s.p.a.", "spa");

    /** The entities with their canonical name and group, and the groups. */
    record Result(List<Entity> entities, List<EntityGroup> groups) {
    }

    /** Groups the mentions; {@code confidence} gives each its model's confidence, or null. */
    Result group(Document document, List<Mention> mentions, Function<Mention, Double> confidence) {
        String text = document.text();
        Map<String, List<Integer>> members = new LinkedHashMap<>();
        Map<String, String> surnameKeys = surnamesOfFullNames(text, mentions);
        Map<String, String> townKeys = townsOfFullPlaceNames(text, mentions);
        List<String> keys = mentions.stream().map(m -> key(text, m, surnameKeys, townKeys)).toList();
        Set<String> keySet = new HashSet<>(keys);
        for (int i = 0; i < mentions.size(); i++) {
            members.computeIfAbsent(withoutGenitive(keys.get(i), keySet), k -> new ArrayList<>()).add(i);
        }
        Entity[] entities = new Entity[mentions.size()];
        List<EntityGroup> groups = new ArrayList<>();
        for (List<Integer> indices : members.values()) {
            String groupId = "g" + (groups.size() + 1);
            String canonical = canonical(text, mentions, indices);
            EntityType type = majorityType(mentions, indices);
            for (int i : indices) {
                Mention m = mentions.get(i);
                entities[i] = new Entity("e" + (i + 1), m.start(), m.end(), text.substring(m.start(), m.end()), m.type(),
                    canonical, groupId, document.zoneAt(m.start()), confidence.apply(m));
            }
            groups.add(new EntityGroup(groupId, canonical, type, indices.size(), mentions.get(indices.get(0)).start(),
                indices.stream().map(i -> "e" + (i + 1)).toList()));
        }
        return new Result(List.of(entities), groups);
    }

    private static String key(String text, Mention mention, Map<String, String> surnameKeys,
                              Map<String, String> townKeys) {
        String normalised = normalised(mention.canonical() != null ? mention.canonical()
            : text.substring(mention.start(), mention.end()));
        if (mention.type() == EntityType.ORG) {
            normalised = withoutLegalForm(normalised);
        }
        if (mention.type() != EntityType.PER) {
            normalised = uninflected(normalised);
        }
        if (mention.canonical() != null) {
            return normalised;
        }
        if (mention.type() == EntityType.LOC) {
            return townKeys.getOrDefault(normalised, normalised);
        }
        if (mention.type() == EntityType.PER) {
            String genitiveless = normalised.endsWith("s") ? normalised.substring(0, normalised.length() - 1) : normalised;
            return surnameKeys.getOrDefault(normalised, surnameKeys.getOrDefault(genitiveless, normalised));
        }
        return normalised;
    }

    /** "blaser gmbh" → "blaser", "siemens energy ag" → "siemens energy": the company without its legal form. */
    static String withoutLegalForm(String name) {
        String[] words = name.split(" ");
        int end = words.length;
        while (end > 1 && LEGAL_FORM_WORDS.contains(words[end - 1])) {
            end--;
        }
        return String.join(" ", Arrays.copyOf(words, end));
    }

    /**
     * "europäischen rechnungshof" → "europäische rechnungshof": the words before the last lose
     * the ending that case adds to an adjective (-en, -em, -er, -es after e), so that one name
     * in any case is one key.
     */
    static String uninflected(String name) {
        String[] words = name.split(" ");
        for (int i = 0; i < words.length - 1; i++) {
            String word = words[i];
            if (word.length() >= 5 && word.charAt(word.length() - 2) == 'e' && "nmrs".indexOf(word.charAt(word.length() - 1)) >= 0) {
                words[i] = word.substring(0, word.length() - 1);
            }
        }
        return String.join(" ", words);
    }

    /** "kiews" joins "kiew" when the article also has the name without the genitive ending. */
    private static String withoutGenitive(String key, Set<String> keys) {
        for (String ending : List.of("es", "s")) {
            if (key.endsWith(ending) && keys.contains(key.substring(0, key.length() - ending.length()))) {
                return key.substring(0, key.length() - ending.length());
            }
        }
        return key;
    }

    /**
     * Surname → full name ("biden" → "joe biden", "von der leyen" → "ursula von der leyen"), for
     * surnames only one full name carries.
     */
    private static Map<String, String> surnamesOfFullNames(String text, List<Mention> mentions) {
        Map<String, String> keys = shortFormsOfFullNames(text, mentions, EntityType.PER,
            words -> words.length > 1 ? words[words.length - 1] : null);
        keys.putAll(shortFormsOfFullNames(text, mentions, EntityType.PER,
            words -> ConsistentMentions.surnameWithParticle(String.join(" ", words))));
        return keys;
    }

    /** Town → "town am/im river" ("freiburg" → "freiburg im breisgau"), likewise. */
    private static Map<String, String> townsOfFullPlaceNames(String text, List<Mention> mentions) {
        return shortFormsOfFullNames(text, mentions, EntityType.LOC,
            words -> words.length == 3 && (words[1].equals("am") || words[1].equals("im")) ? words[0] : null);
    }

    /**
     * Short form → full name, for the mentions of one type whose words have a short form
     * ({@code shortForm} gives it, or null), where only one full name in the article has it.
     */
    private static Map<String, String> shortFormsOfFullNames(String text, List<Mention> mentions, EntityType type,
                                                             Function<String[], String> shortForm) {
        Map<String, List<String>> fullNamesByShortForm = new HashMap<>();
        for (Mention mention : mentions) {
            String name = normalised(text.substring(mention.start(), mention.end()));
            String shortName = mention.type() == type ? shortForm.apply(name.split(" ")) : null;
            if (shortName != null) {
                fullNamesByShortForm.computeIfAbsent(shortName, s -> new ArrayList<>()).add(name);
            }
        }
        Map<String, String> keys = new HashMap<>();
        fullNamesByShortForm.forEach((shortName, names) -> {
            if (names.stream().distinct().count() == 1) {
                keys.put(shortName, names.get(0));
            }
        });
        return keys;
    }

    /** Lower case, without a genitive ending, with single spaces. */
    static String normalised(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (lower.endsWith("'s") || lower.endsWith("’s")) {
            return lower.substring(0, lower.length() - 2);
        }
        return lower;
    }

    private static String canonical(String text, List<Mention> mentions, List<Integer> indices) {
        for (int i : indices) {
            if (mentions.get(i).canonical() != null) {
                return mentions.get(i).canonical();
            }
        }
        Map<String, Long> forms = indices.stream()
            .map(i -> text.substring(mentions.get(i).start(), mentions.get(i).end()))
            .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        return forms.entrySet().stream()
            .max(Comparator.<Map.Entry<String, Long>>comparingInt(e -> e.getKey().split(" ").length)
                .thenComparing(Map.Entry::getValue))
            .map(Map.Entry::getKey).orElseThrow();
    }

    private static EntityType majorityType(List<Mention> mentions, List<Integer> indices) {
        return indices.stream().map(i -> mentions.get(i).type())
            .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()))
            .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElseThrow();
    }
}
