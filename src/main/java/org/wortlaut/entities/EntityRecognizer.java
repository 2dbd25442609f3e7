package org.wortlaut.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.wortlaut.model.Document;
import org.wortlaut.model.EntityType;

/**
 * The entity stage: CoreNLP's German CRF, corrected and completed by the project's lexicons
 * (names the news uses, nationality and currency words, roles before names), made consistent
 * within the article, and grouped into the things the article talks about. Thread-safe.
 */
public final class EntityRecognizer {

    private final CoreNlpTagger tagger = new CoreNlpTagger();
    private final Gazetteer gazetteer = new Gazetteer();
    private final MentionFilter filter = new MentionFilter();
    /** Nouns that open an official name ("Universität Gießen"), read by two rules. */
    private final NounLexicon openers = new NounLexicon("entities/name-openers.tsv");
    private final CuedNames cuedNames = new CuedNames(openers);
    private final CoordinatedNames coordinated = new CoordinatedNames();
    private final NameExtents extents = new NameExtents(openers);
    private final NumberedNames numbered = new NumberedNames();
    private final ConsistentMentions consistency = new ConsistentMentions();
    private final EntityGrouper grouper = new EntityGrouper();

    /** CoreNLP's German NER pipeline as its authors configure it, for comparison. */
    public static Properties bareProperties() {
        return CoreNlpTagger.bareProperties();
    }

    /**
     * CoreNLP's German CRF alone, on the raw text, without the project's lexicons and rules: what
     * the evaluations compare the stage with.
     */
    public static UnaryOperator<Document> bareModel() {
        CoreNlpTagger bare = CoreNlpTagger.bare();
        EntityGrouper grouper = new EntityGrouper();
        return document -> {
            EntityGrouper.Result grouped = grouper.group(document, bare.tag(document));
            return document.withEntities(grouped.entities(), grouped.groups());
        };
    }

    /**
     * Words tagged in some gold standards that the stage never counts as names (currency names:
     * GermEval marks "Euro" as OTH), so that evaluations can report their share apart.
     */
    public static Set<String> wordsNeverNamed() {
        return MentionFilter.wordsNeverNamed();
    }

    public Document annotate(Document document) {
        List<Mention> mentions = withLexicon(tagger.tag(document), gazetteer.find(document));
        mentions = filter.apply(document, mentions);
        mentions = extents.apply(document, mentions);
        mentions = numbered.apply(document, mentions);
        mentions = cuedNames.apply(document, mentions);
        mentions = coordinated.apply(document, mentions);
        mentions = consistency.apply(document, mentions);
        EntityGrouper.Result grouped = grouper.group(document, mentions);
        return document.withEntities(grouped.entities(), grouped.groups());
    }

    /**
     * Lexicon names win over the model where they cover its mention (the model's "Pentagon" LOC
     * becomes ORG, its "Weißen" of "Weißen Haus" grows to the whole name); names the model
     * missed are added unless the lexicon marks them as ambiguous words. A place name leaves the
     * model's other type alone: places stand for their teams and governments ("Dortmund gewann
     * in Bremen"), and the model reads the context.
     */
    static List<Mention> withLexicon(List<Mention> model, List<Gazetteer.Match> matches) {
        List<Mention> result = new ArrayList<>(model);
        for (Gazetteer.Match match : matches) {
            Mention named = new Mention(match.start(), match.end(), match.entry().type(), match.entry().canonical());
            List<Mention> overlapping = result.stream().filter(named::overlaps).toList();
            boolean covers = overlapping.stream().allMatch(m -> m.start() >= named.start() && m.end() <= named.end());
            boolean metonymy = named.type() == EntityType.LOC && overlapping.stream().anyMatch(m -> m.type() != EntityType.LOC);
            if (overlapping.isEmpty() ? match.entry().addsMentions() : covers && !metonymy) {
                result.removeAll(overlapping);
                result.add(named);
            }
        }
        result.sort(Comparator.comparingInt(Mention::start));
        return result;
    }
}
