package org.wortlaut.speech;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.wortlaut.io.Lexicon;
import org.wortlaut.model.Document;
import org.wortlaut.model.Entity;
import org.wortlaut.model.EntityType;
import org.wortlaut.model.LinkKind;
import org.wortlaut.model.Span;

/**
 * Links a speaker to the document's entity it means. A speaker phrase that holds a name is that
 * name's entity (a person before anything else). A personal pronoun ("er", "sie"), a description
 * ("der 48-Jährige", "die Sprecherin", "der Konzern") and a possessive ("seinen Angaben zufolge",
 * "nach eigenen Angaben") refer back: to the speaker before, or to the one entity named in the
 * sentences before that agrees in type, gender and number. No link is better than a wrong one, so
 * when two entities fit, the speaker stays unlinked. Reads entities through the document's entity
 * layer only. Immutable once loaded.
 */
final class SpeakerLinker {

    private static final Pattern PLACE_PREPOSITION = Pattern.compile("\\b(in|im)\\s+(\\p{Ll}+\\s+)*$");

    /** How many sentences back a reference may find its entity. */
    private static final int REACH = 2;

    private enum Gender { FEMININE, MASCULINE, ANY }

    /** What a referring speaker phrase can mean: entity types and the gender a person must agree with. */
    private record Reference(LinkKind kind, Set<EntityType> types, Gender gender, boolean subjectFirst) {
    }

    /** The entity a speaker was linked to and how. */
    record Link(String entity, LinkKind kind) {

        static final Link NONE = new Link(null, null);
    }

    /** The last linked speaker: its entity and where the statement began. */
    record Previous(Entity entity, int offset) {
    }

    private static final Set<String> MASCULINE_POSSESSIVES = Set.of("sein", "seine", "seinen", "seinem", "seiner", "seines");
    private static final Set<String> FEMININE_POSSESSIVES = Set.of("ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres");
    private static final Set<String> OWN = Set.of("eigene", "eigenen", "eigener", "eigenem");

    private final Map<String, Gender> firstNames = new HashMap<>();
    private final Map<String, Reference> nouns = new HashMap<>();

    SpeakerLinker() {
        for (List<String> row : Lexicon.rows("speech/first-names.tsv")) {
            firstNames.put(row.get(0), row.get(1).equals("f") ? Gender.FEMININE : Gender.MASCULINE);
        }
        for (List<String> row : Lexicon.rows("speech/reference-nouns.tsv")) {
            Gender gender = row.size() < 3 ? Gender.ANY : row.get(2).equals("f") ? Gender.FEMININE : Gender.MASCULINE;
            nouns.put(row.get(0), new Reference(LinkKind.DESCRIPTION, Set.of(EntityType.valueOf(row.get(1))), gender, false));
        }
    }

    /**
     * The entity {@code speaker} means and how it was found; {@code plural} when the cue's verb is
     * plural ("sagten"), {@code previous} the last linked speaker before, if any.
     */
    Link link(Document document, Span speaker, boolean plural, Previous previous) {
        if (speaker == null) {
            return Link.NONE;
        }
        String inside = inside(document, speaker);
        if (inside != null) {
            return new Link(inside, LinkKind.DIRECT);
        }
        Reference reference = reference(speaker.of(document.text()), plural);
        if (reference == null) {
            return new Link(null, LinkKind.DIRECT);
        }
        Entity found = reference.subjectFirst() ? subject(document, speaker, reference) : null;
        if (found == null) {
            found = antecedent(document, speaker, reference, previous);
        }
        return new Link(found == null ? null : found.id(), reference.kind());
    }

    /** What a pronoun, description or possessive can refer to; null for a phrase that names its own source. */
    private Reference reference(String phrase, boolean plural) {
        String[] words = phrase.split("\\s+");
        String first = words[0].toLowerCase(Locale.ROOT);
        if (words.length == 1 && (first.equals("er") || first.equals("sie"))) {
            Gender gender = first.equals("er") ? Gender.MASCULINE : Gender.FEMININE;
            // "sie sagten" means several: no one person
            return plural ? null : new Reference(LinkKind.PRONOUN, Set.of(EntityType.PER), gender, false);
        }
        if (MASCULINE_POSSESSIVES.contains(first)) {
            return new Reference(LinkKind.POSSESSIVE, Set.of(EntityType.PER, EntityType.ORG), Gender.MASCULINE, true);
        }
        if (FEMININE_POSSESSIVES.contains(first)) {
            return new Reference(LinkKind.POSSESSIVE, Set.of(EntityType.PER, EntityType.ORG), Gender.FEMININE, true);
        }
        if (OWN.contains(first)) {
            return new Reference(LinkKind.POSSESSIVE, Set.of(EntityType.PER, EntityType.ORG), Gender.ANY, true);
        }
        boolean definite = first.equals("der") || first.equals("die") || first.equals("das");
        if (!definite || words.length > 3) {
            return null;
        }
        String noun = words[words.length - 1];
        if (noun.endsWith("-Jährige")) {
            return new Reference(LinkKind.DESCRIPTION, Set.of(EntityType.PER),
                first.equals("die") ? Gender.FEMININE : Gender.MASCULINE, false);
        }
        return nouns.get(noun);
    }

    /** "Die Firma hat nach eigenen Angaben …": the first fitting entity of the sentence, outside the speaker phrase. */
    private Entity subject(Document document, Span speaker, Reference reference) {
        int sentence = document.sentenceAt(speaker.start());
        if (sentence < 0) {
            return null;
        }
        Span span = document.sentences().get(sentence).span();
        for (Entity entity : document.entities()) {
            if (span.contains(entity.span()) && !speaker.overlaps(entity.span()) && fits(document, entity, reference)) {
                return entity;
            }
        }
        return null;
    }

    /**
     * The speaker before when it fits and no other fitting entity was named since; else the one
     * fitting entity named in reach; else none.
     */
    private Entity antecedent(Document document, Span speaker, Reference reference, Previous previous) {
        int sentence = document.sentenceAt(speaker.start());
        int earliest = sentence < 0 ? 0 : document.sentences().get(Math.max(0, sentence - REACH)).start();
        boolean previousFits = previous != null && fits(document, previous.entity(), reference);
        int since = previousFits ? Math.max(earliest, previous.offset()) : earliest;
        Set<String> groups = new LinkedHashSet<>();
        Entity last = null;
        for (Entity entity : document.entities()) {
            boolean between = entity.start() >= since && entity.end() <= speaker.start();
            if (between && fits(document, entity, reference)
                && !(previousFits && entity.group().equals(previous.entity().group()))) {
                groups.add(entity.group());
                last = entity;
            }
        }
        if (previousFits) {
            return groups.isEmpty() ? previous.entity() : null;
        }
        return groups.size() == 1 ? last : null;
    }

    private boolean fits(Document document, Entity entity, Reference reference) {
        if (!reference.types().contains(entity.type())) {
            return false;
        }
        if (entity.type() != EntityType.PER || reference.gender() == Gender.ANY) {
            return true;
        }
        Gender gender = gender(document, entity);
        return gender == Gender.ANY || gender == reference.gender();
    }

    /** A person's gender from the first name of the canonical name, or "Frau"/"Herr" before a mention. */
    private Gender gender(Document document, Entity person) {
        String firstName = person.canonical().split("\\s+")[0];
        Gender gender = firstNames.get(firstName);
        if (gender != null) {
            return gender;
        }
        for (Entity mention : document.entities()) {
            if (mention.group().equals(person.group())) {
                String before = document.text().substring(Math.max(0, mention.start() - 5), mention.start());
                if (before.endsWith("Frau ")) {
                    return Gender.FEMININE;
                }
                if (before.endsWith("Herr ")) {
                    return Gender.MASCULINE;
                }
            }
        }
        return Gender.ANY;
    }

    /** The person, else the first name, the phrase holds; not the place it locates the speaker in ("… in Potsdam"). */
    private static String inside(Document document, Span speaker) {
        Entity found = null;
        for (Entity entity : document.entities()) {
            if (speaker.contains(entity.span()) && !isLocation(document, speaker, entity)
                && (found == null || found.type() != EntityType.PER && entity.type() == EntityType.PER)) {
                found = entity;
            }
        }
        return found == null ? null : found.id();
    }

    private static boolean isLocation(Document document, Span speaker, Entity entity) {
        String before = document.text().substring(speaker.start(), entity.span().start());
        return entity.type() == EntityType.LOC && PLACE_PREPOSITION.matcher(before).find();
    }
}
