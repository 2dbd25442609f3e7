package org.wortlaut.model;

/**
 * Who stands behind a figure: the speaker of the quotation whose content holds it, or the
 * article itself. One claim per figure of the article's own text (not its date lines).
 *
 * @param figure       the figure's id
 * @param quote        the id of the quotation that holds the figure, null for the article's own
 * @param source       the speaker as the text names it; for the article, its outlet or authors
 *                     when known, else "article"; null when a quotation names no speaker
 * @param sourceEntity the canonical name of the speaker's entity, null when there is none
 * @param type         the quotation's type, or ARTICLE
 */
public record Claim(String figure, String quote, String source, String sourceEntity, ClaimType type) {
}
