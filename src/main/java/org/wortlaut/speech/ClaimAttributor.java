package org.wortlaut.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.wortlaut.model.Article;
import org.wortlaut.model.Claim;
import org.wortlaut.model.ClaimType;
import org.wortlaut.model.Document;
import org.wortlaut.model.Entity;
import org.wortlaut.model.Figure;
import org.wortlaut.model.Quote;

/**
 * The claims layer: every figure of the article's own text is attributed to the speaker of the
 * quotation whose content holds it, every other figure to the article. Figures in date and byline
 * lines and in image captions (often the date of an archive photo) make no claim. Thread-safe (no
 * state).
 */
public final class ClaimAttributor {

    private static final String ARTICLE = "article";

    public Document annotate(Document document) {
        Map<String, String> canonicalById = document.entities().stream()
            .collect(Collectors.toMap(Entity::id, Entity::canonical));
        List<Claim> claims = new ArrayList<>();
        for (Figure figure : document.figures()) {
            if (figure.zone() == null || figure.zone().isRead()) {
                claims.add(claim(document, figure, canonicalById));
            }
        }
        return document.withClaims(claims);
    }

    private static Claim claim(Document document, Figure figure, Map<String, String> canonicalById) {
        for (Quote quote : document.quotes()) {
            if (quote.content().spans().stream().anyMatch(span -> span.contains(figure.span()))) {
                String source = quote.speaker() == null ? null : quote.speaker().text();
                String entity = quote.speakerEntity() == null ? null : canonicalById.get(quote.speakerEntity());
                return new Claim(figure.id(), quote.id(), source, entity, ClaimType.of(quote.type()));
            }
        }
        return new Claim(figure.id(), null, articleSource(document), null, ClaimType.ARTICLE);
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
