package org.wortlaut.entities;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.wortlaut.model.Document;
import org.wortlaut.model.EntityType;

/**
 * Names in one list are things of one kind: in "Hokkala, Kumpula, Nurmijoki und Pölkki" or
 * "ihre Schwestern Lucia, Europa und Anna Maria" the odd one out takes the type most of the list
 * has. Only lists of three or more names with a clear majority are evened out, and only between
 * people and places, the model's usual confusion with names it does not know: an organisation
 * in a list stays one ("Verlag Paul Haupt, Bern und Stuttgart").
 */
final class CoordinatedNames {

    private static final int MIN_LIST = 3;

    List<Mention> apply(Document document, List<Mention> mentions) {
        List<Mention> result = new ArrayList<>(mentions);
        for (SentenceView sentence : SentenceView.of(document, result)) {
            for (List<Mention> list : lists(sentence)) {
                EntityType majority = clearMajority(list);
                if (isPersonOrPlace(majority)) {
                    result.replaceAll(m -> list.contains(m) && isPersonOrPlace(m.type()) ? m.withType(majority) : m);
                }
            }
        }
        return result;
    }

    /** The lists of coordinated mentions in the sentence, in text order. */
    private static List<List<Mention>> lists(SentenceView sentence) {
        List<List<Mention>> lists = new ArrayList<>();
        List<Mention> covered = new ArrayList<>();
        for (int i = 0; i < sentence.size(); i++) {
            Mention first = sentence.mentionAt(i);
            if (first == null || covered.contains(first)) {
                continue;
            }
            List<Mention> list = sentence.listFrom(first);
            covered.addAll(list);
            if (list.size() >= MIN_LIST) {
                lists.add(list);
            }
        }
        return lists;
    }

    private static boolean isPersonOrPlace(EntityType type) {
        return type == EntityType.PER || type == EntityType.LOC;
    }

    /** The type more than half of the list has, or null. */
    private static EntityType clearMajority(List<Mention> list) {
        Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
        list.forEach(m -> counts.merge(m.type(), 1, Integer::sum));
        return counts.entrySet().stream().filter(e -> e.getValue() * 2 > list.size())
            .map(Map.Entry::getKey).findFirst().orElse(null);
    }
}
