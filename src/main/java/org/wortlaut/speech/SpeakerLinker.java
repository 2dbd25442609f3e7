package org.wortlaut.speech;

import java.util.List;
import java.util.Set;
import org.wortlaut.model.Document;
import org.wortlaut.model.Entity;
import org.wortlaut.model.EntityType;
import org.wortlaut.model.Span;

/**
 * Links a speaker to the document's entity it names: an entity inside the speaker phrase (a
 * person before anything else), or for a personal pronoun the person who spoke last, else the
 * last person named in the sentences before. Stateless.
 */
final class SpeakerLinker {

    /** How many sentences back a pronoun may find its person when no quote names one. */
    private static final int PRONOUN_REACH = 3;
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("er", "sie", "Er", "Sie");

    /**
     * The entity id for {@code speaker}, or null; {@code lastPersonSpeaker} is the PER entity id
     * of the nearest earlier quote, if any.
     */
    String link(Document document, Span speaker, String lastPersonSpeaker) {
        if (speaker == null) {
            return null;
        }
        if (PERSONAL_PRONOUNS.contains(speaker.of(document.text()))) {
            return lastPersonSpeaker != null ? lastPersonSpeaker : lastPersonBefore(document, speaker.start());
        }
        return inside(document.entities(), speaker);
    }

    private static String inside(List<Entity> entities, Span speaker) {
        Entity found = null;
        for (Entity entity : entities) {
            if (speaker.contains(entity.span())
                && (found == null || found.type() != EntityType.PER && entity.type() == EntityType.PER)) {
                found = entity;
            }
        }
        return found == null ? null : found.id();
    }

    private static String lastPersonBefore(Document document, int offset) {
        int sentence = document.sentenceAt(offset);
        int earliest = sentence < 0 ? 0 : document.sentences().get(Math.max(0, sentence - PRONOUN_REACH)).start();
        String found = null;
        for (Entity entity : document.entities()) {
            if (entity.type() == EntityType.PER && entity.start() >= earliest && entity.end() <= offset) {
                found = entity.id();
            }
        }
        return found;
    }

    static boolean isPerson(Document document, String entityId) {
        return entityId != null && document.entities().stream()
            .anyMatch(e -> e.id().equals(entityId) && e.type() == EntityType.PER);
    }
}
