package org.wortlaut.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wortlaut.model.Document;
import org.wortlaut.model.ZoneKind;
import org.wortlaut.model.EntityType;
import org.wortlaut.model.Token;

/**
 * One article calls one thing by one name: a name tagged somewhere is tagged everywhere it stands,
 * also in the genitive ("Kiews", "Bidens"), a person's surname with its particles too ("von der
 * Leyen", "Von der Leyen"), as whole tokens inside a sentence; and all mentions of
 * a name take the type most of them have, on a tie the type of its first mention (where an
 * article introduces a name, it says what it is: "der Softwarekonzern Norvatec").
 */
final class ConsistentMentions {

    /** The particles of surnames after a first name: "von der", "zu", "van", "de". */
    /** A surname: a capitalised word of letters, perhaps hyphenated ("Müller-Lüdenscheidt"). */
    private static final Pattern SURNAME = Pattern.compile("\\p{Lu}\\p{Ll}+(-\\p{Lu}\\p{Ll}+)?");
    private static final Pattern PARTICLE = Pattern.compile(" (von der|von dem|von und zu|von|vom|zu|van der|van den|van|de la|de|di|da|del|du|le) \\p{L}");

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
            addUnmarked(text, surface, model, boundaries, result, true);
            if (!surface.endsWith("s") && !surface.endsWith("x") && !surface.endsWith("z")) {
                addUnmarked(text, surface + "s", model, boundaries, result, true);
            }
            String surname = model.type() == EntityType.PER ? surnameWithParticle(surface) : null;
            if (surname != null) {
                // "von Dudschail" must not make the place of "Massaker von Dudschail" a person
                addUnmarked(text, Character.toUpperCase(surname.charAt(0)) + surname.substring(1), model, boundaries, result,
                    false);
                addUnmarked(text, " " + surname, model, boundaries, result, false);
            }
        });
        result.replaceAll(m -> {
            String surface = text.substring(m.start(), m.end());
            Mention first = firstBySurface.get(surface);
            return m.withType(majority(typesBySurface.get(surface), first == null ? m.type() : first.type()));
        });
        surnamesAsPeople(text, result);
        result.sort(Comparator.comparingInt(Mention::start));
        return result;
    }

    /**
     * After "Sabine Wetzlar" the article's "Wetzlar" is her, whatever the model took it for (a
     * town, here): a one-word mention equal to the last word of a person named before it becomes
     * that person.
     */
    private static void surnamesAsPeople(String text, List<Mention> mentions) {
        Map<String, Integer> surnameSince = new HashMap<>();
        for (Mention m : mentions) {
            String surface = text.substring(m.start(), m.end());
            int space = surface.lastIndexOf(' ');
            if (m.type() == EntityType.PER && space > 0 && SURNAME.matcher(surface.substring(space + 1)).matches()) {
                surnameSince.merge(surface.substring(space + 1), m.end(), Math::min);
            }
        }
        mentions.replaceAll(m -> {
            Integer since = surnameSince.get(text.substring(m.start(), m.end()));
            return since != null && m.start() >= since ? m.withType(EntityType.PER) : m;
        });
    }

    /**
     * "von der Leyen" of "Ursula von der Leyen": the surname with its particles, which the article
     * uses alone; null for names without particles.
     */
    static String surnameWithParticle(String name) {
        Matcher particle = PARTICLE.matcher(name);
        return particle.find() ? name.substring(particle.start() + 1) : null;
    }

    /**
     * Marks the unmarked occurrences of {@code surface}, a name with a capital initial; a leading
     * space stands for a name that starts lower case ("von der Leyen") and must follow a space.
     * The name replaces the model's shorter pieces of it of its own type, and of any type when
     * {@code overTypes}.
     */
    private static void addUnmarked(String text, String surface, Mention model, TokenBoundaries boundaries,
                                    List<Mention> mentions, boolean overTypes) {
        int lead = surface.startsWith(" ") ? 1 : 0;
        if (surface.length() < 2 + lead || !Character.isLetter(surface.charAt(lead))
            || lead == 0 && !Character.isUpperCase(surface.charAt(0))) {
            return;
        }
        for (int from = text.indexOf(surface); from >= 0; from = text.indexOf(surface, from + 1)) {
            Mention candidate = new Mention(from + lead, from + surface.length(), model.type(), model.canonical());
            // the name seen elsewhere wins over the model's shorter piece of it ("Leyen" of "Von der Leyen")
            if (boundaries.sameSentence(candidate.start(), candidate.end())
                && mentions.stream().filter(candidate::overlaps)
                    .allMatch(m -> isInside(m, candidate) && (overTypes || m.type() == candidate.type()))) {
                mentions.removeIf(m -> isInside(m, candidate));
                mentions.add(candidate);
            }
        }
    }

    /** Whether {@code inner} lies within {@code outer} and is shorter. */
    private static boolean isInside(Mention inner, Mention outer) {
        return inner.start() >= outer.start() && inner.end() <= outer.end()
            && inner.end() - inner.start() < outer.end() - outer.start();
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
