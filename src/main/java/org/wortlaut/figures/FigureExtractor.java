package org.wortlaut.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.wortlaut.model.Document;
import org.wortlaut.model.ZoneKind;
import org.wortlaut.model.Figure;
import org.wortlaut.model.Sentence;

/**
 * The figures stage: finds counts, percentages, money, quantities, fractions, ordinals, dates,
 * times and durations in every sentence, following the figures guidelines. Each sentence is read
 * left to right; at every token the rules are asked in a fixed order (identifiers first, so that
 * "Boeing 747" is never a count; dates and times before plain amounts, so that "2013" and
 * "18:33" are not counts) and the first that matches consumes its tokens.
 *
 * <p>Thread-safe: word lists and rules are loaded once and never change; the ICU formatter is
 * per thread.
 */
public final class FigureExtractor {

    /** In the order they are asked; see the class comment. */
    private final List<Rule> rules;

    public FigureExtractor() {
        FigureLexicon lexicon = new FigureLexicon();
        GermanNumbers numbers = new GermanNumbers(lexicon.numberWords);
        Hedges hedges = new Hedges(lexicon);
        Identifiers identifiers = new Identifiers(lexicon);
        rules = List.of(
            new NotFigures(lexicon, identifiers),
            new DateMatcher(lexicon, numbers, new Years(lexicon, numbers, hedges)),
            new TimeMatcher(lexicon, numbers, hedges),
            new OrdinalMatcher(lexicon, numbers, hedges),
            new HalfMatcher(lexicon, numbers, hedges),
            new CompoundMatcher(lexicon, numbers, hedges),
            new AmountMatcher(lexicon, numbers, hedges, identifiers));
    }

    /**
     * The document with its figures layer: figures inside sentences of the zones that yield
     * figures (not boilerplate), sorted by start.
     */
    public Document annotate(Document document) {
        String text = document.text();
        List<Figure> figures = new ArrayList<>();
        FigureTokens previous = FigureTokens.of(text, 0, 0);
        List<Sentence> sentences = document.sentences();
        for (int index = 0; index < sentences.size(); index++) {
            Sentence sentence = sentences.get(index);
            FigureTokens tokens = FigureTokens.of(text, sentence.start(), sentence.end());
            if (document.sentenceIn(index, ZoneKind::yieldsFigures)) {
                for (FoundFigure m : scan(new ScannedSentence(tokens, previous))) {
                    figures.add(new Figure(null, m.start(), m.end(), text.substring(m.start(), m.end()), m.type(), m.value(),
                        m.valueHigh(), m.unit(), m.qualifier(), index, document.zoneAt(m.start())));
                }
            }
            previous = tokens;
        }
        figures.sort(Comparator.comparingInt(Figure::start).thenComparingInt(Figure::end));
        for (int i = 0; i < figures.size(); i++) {
            figures.set(i, figures.get(i).withId("f" + (i + 1)));
        }
        return document.withFigures(figures);
    }

    private List<FoundFigure> scan(ScannedSentence sentence) {
        List<FoundFigure> mentions = new ArrayList<>();
        int i = 0;
        while (i < sentence.tokens().size()) {
            Match match = Rule.first(rules, sentence, i);
            if (match == null) {
                i++;
            } else {
                match.mentions().forEach(m -> addUnlessOverlapping(m, mentions));
                i = Math.max(match.next(), i + 1);
            }
        }
        return mentions;
    }

    /** Rules look back for qualifiers and signs; what they find may already belong to the figure before. */
    private static void addUnlessOverlapping(FoundFigure mention, List<FoundFigure> mentions) {
        if (mentions.isEmpty() || mentions.get(mentions.size() - 1).end() <= mention.start()) {
            mentions.add(mention);
        }
    }
}
