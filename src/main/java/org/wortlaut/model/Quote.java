package org.wortlaut.model;

/**
 * A reported statement: what was said (content), the words that mark it as said (cue), who said
 * it (speaker) and to whom (addressee). Speaker and addressee are null when the text does not
 * name them; {@code speakerEntity} is the id of the entity the speaker refers to, if any;
 * {@code speakerLink} says how the speaker was found (null when there is none); {@code zone} is
 * the part of the page its content begins in.
 */
public record Quote(String id, QuoteType type, Role content, Role cue, Role speaker,
                    Role addressee, String speakerEntity, LinkKind speakerLink, ZoneKind zone) {
}
