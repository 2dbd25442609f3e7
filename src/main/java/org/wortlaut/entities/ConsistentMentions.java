package org.wortlaut.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wortlaut.model.Document;
import org.wortlaut.model.ZoneKind;
import org.wortlaut.model.EntityType;
import org.wortlaut.model.Token;

/**
 * One article calls one thing by one name: a name tagged somewhere is tagged everywhere it stands,
 * also in the genitive ("Kiews", "Bidens"), as whole tokens inside a sentence; and all mentions of
 * a name take the type most of them have.
 */
final class ConsistentMentions {

    List<Mention> apply(Document document, List<Mention> mentions) {
        String text = document.text();
        Map<String, Mention> firstBySurface = new LinkedHashMap<>();
        Map<String, Map<EntityType, Integer>> typesBySurface = new HashMap<>();
        for (Mention mention : mentions) {
            String surface = text.substring(mention.start(), mention.end());
            firstBySurface.putIfAbsent(surface, mention);
            typesBySurface.computeIfAbsent(surface, s -> new EnumMap<>(EntityType.class))
                .merge(mention.type(), 1, Integer::sum);
        }
        List<Mention> result = new ArrayList<>(mentions);
        TokenBoundaries boundaries = new TokenBoundaries(document);
        firstBySurface.forEach((surface, model) -> {
            addUnmarked(text, surface, model, boundaries, result);
            if (!surface.endsWith("s") && !surface.endsWith("x") && !surface.endsWith("z")) {
                addUnmarked(text, surface + "s", model, boundaries, result);
            }
        });
        result.replaceAll(m -> m.withType(majority(typesBySurface.get(text.substring(m.start(), m.end())), m.type())));
        result.sort(Comparator.comparingInt(Mention::start));
        return result;
    }

    private static void addUnmarked(String text, String surface, Mention model, TokenBoundaries boundaries,
                                    List<Mention> mentions) {
        if (surface.length() < 2 || !Character.isUpperCase(surface.charAt(0))) {
            return;
        }
        for (int from = text.indexOf(surface); from >= 0; from = text.indexOf(surface, from + 1)) {
            Mention candidate = new Mention(from, from + surface.length(), model.type(), model.canonical());
            if (boundaries.sameSentence(candidate.start(), candidate.end())
                && mentions.stream().noneMatch(candidate::overlaps)) {
                mentions.add(candidate);
            }
        }
    }

    private static EntityType majority(Map<EntityType, Integer> counts, EntityType fallback) {
        if (counts == null) {
            return fallback;
        }
        return counts.entrySet().stream()
            .max(Map.Entry.<EntityType, Integer>comparingByValue().thenComparing(e -> e.getKey() == fallback ? 1 : 0))
            .map(Map.Entry::getKey).orElse(fallback);
    }

    /** Where tokens start and end, and in which sentence. */
    private static final class TokenBoundaries {
        private final Map<Integer, Integer> sentenceByStart = new HashMap<>();
        private final Map<Integer, Integer> sentenceByEnd = new HashMap<>();

        /** The tokens of the analysed sentences. */
        TokenBoundaries(Document document) {
            for (Token token : document.tokens()) {
                if (document.sentenceIn(token.sentence(), ZoneKind::isAnalysed)) {
                    sentenceByStart.put(token.start(), token.sentence());
                    sentenceByEnd.put(token.end(), token.sentence());
                }
            }
        }

        /** Whether a token starts at {@code start}, one ends at {@code end}, both in one sentence. */
        boolean sameSentence(int start, int end) {
            Integer first = sentenceByStart.get(start);
            return first != null && first.equals(sentenceByEnd.get(end));
        }
    }
}
