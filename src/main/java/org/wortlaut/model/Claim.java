package org.wortlaut.model;

/**
 * Who stands behind a figure: the speaker of the quotation whose content holds it, or the
 * article itself. One claim per figure of the article's own text (not its date lines), with
 * what a reader needs to check it without the rest of the document.
 *
 * @param figure           the figure's id
 * @param quote            the id of the quotation that holds the figure, null for the article's own
 * @param source           the speaker as the text names it; for the article, its outlet or authors
 *                         when known, else "article"; null when a quotation names no speaker
 * @param sourceEntity     the canonical name of the speaker's entity, null when there is none
 * @param type             the quotation's type, or ARTICLE
 * @param figureText       the figure as written
 * @param figureType       the figure's type
 * @param value            the figure's value
 * @param valueHigh        the upper end of a range, else null
 * @param unit             the figure's unit, else null
 * @param qualifier        the figure's qualifier, else null
 * @param sentence         the text of the sentence that holds the figure
 * @param content          the quotation's content, null for the article's own
 * @param cue              the quotation's cue, null when it has none
 * @param sourceEntityType the type of the speaker's entity, null when there is none
 * @param sourceLink       how the speaker was found, null for the article's own and a quotation without speaker
 */
public record Claim(String figure, String quote, String source, String sourceEntity, ClaimType type,
                    String figureText, FigureType figureType, FigureValue value, FigureValue valueHigh, String unit,
                    Qualifier qualifier, String sentence, String content, String cue, EntityType sourceEntityType,
                    LinkKind sourceLink) {
}
