package org.wortlaut.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.wortlaut.model.Article;
import org.wortlaut.model.Claim;
import org.wortlaut.model.ClaimType;
import org.wortlaut.model.Document;
import org.wortlaut.model.Entity;
import org.wortlaut.model.Figure;
import org.wortlaut.model.Quote;
import org.wortlaut.model.Role;

/**
 * The claims layer: every figure of the article's own text is attributed to the speaker of the
 * quotation whose content holds it, every other figure to the article. Figures in date and byline
 * lines and in image captions (often the date of an archive photo) make no claim. Each claim carries the figure, its sentence, the quotation and the
 * speaker's entity as text, so the claims table stands alone. Thread-safe (no state).
 */
public final class ClaimAttributor {

    private static final String ARTICLE = "article";

    public Document annotate(Document document) {
        Map<String, Entity> entities = document.entities().stream()
            .collect(Collectors.toMap(Entity::id, Function.identity()));
        List<Claim> claims = new ArrayList<>();
        for (Figure figure : document.figures()) {
            if (figure.zone() == null || figure.zone().isRead()) {
                claims.add(claim(document, figure, entities));
            }
        }
        return document.withClaims(claims);
    }

    private static Claim claim(Document document, Figure figure, Map<String, Entity> entities) {
        String sentence = sentenceText(document, figure);
        for (Quote quote : document.quotes()) {
            if (quote.content().spans().stream().anyMatch(span -> span.contains(figure.span()))) {
                Entity entity = quote.speakerEntity() == null ? null : entities.get(quote.speakerEntity());
                return new Claim(figure.id(), quote.id(), text(quote.speaker()),
                    entity == null ? null : entity.canonical(), ClaimType.of(quote.type()), figure.text(),
                    figure.type(), figure.value(), figure.valueHigh(), figure.unit(), figure.qualifier(), sentence,
                    quote.content().text(), text(quote.cue()), entity == null ? null : entity.type(),
                    quote.speaker() == null ? null : quote.speakerLink());
            }
        }
        return new Claim(figure.id(), null, articleSource(document), null, ClaimType.ARTICLE, figure.text(),
            figure.type(), figure.value(), figure.valueHigh(), figure.unit(), figure.qualifier(), sentence,
            null, null, null, null);
    }

    private static String text(Role role) {
        return role == null ? null : role.text();
    }

    private static String sentenceText(Document document, Figure figure) {
        if (figure.sentence() < 0 || figure.sentence() >= document.sentences().size()) {
            return null;
        }
        return document.sentences().get(figure.sentence()).span().of(document.text());
    }

    /** The outlet the input names, else the article's authors, else "article". */
    private static String articleSource(Document document) {
        if (document.input().source() != null) {
            return document.input().source();
        }
        Article article = document.article();
        return article == null || article.authors().isEmpty() ? ARTICLE : String.join(", ", article.authors());
    }
}
