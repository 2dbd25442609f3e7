package org.wortlaut.entities;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.wortlaut.model.Document;
import org.wortlaut.model.EntityType;

/**
 * The entity stage: CoreNLP's German CRF or the project's model (which reads the CRF's tags among
 * its features), corrected and completed by the project's lexicons (names the news uses,
 * nationality and currency words, roles before names), made consistent within the article, and
 * grouped into the things the article talks about; each mention carries the project's model's
 * confidence, whichever model typed it. Thread-safe.
 */
public final class EntityRecognizer {

    /**
     * Which model finds the mentions the rules then correct. CoreNLP's CRF with every rule is the
     * default: it scores higher than the project's model with its rules on GermEval dev and on a
     * held-out fold of the training sentences alike.
     */
    public enum Tagger {
        /** CoreNLP's German CRF, with every rule. */
        CORENLP,
        /** The project's own model ({@code models/entities/}), which reads CoreNLP's tags among its features. */
        MODEL
    }

    /** The corrections after the model, each of which can be left out to measure what it adds. */
    public enum Rule {
        LEXICON, FILTER, CURRENCIES, EXTENTS, NUMBERED, PRODUCTS, CUED, COORDINATED, CONSISTENCY
    }

    /**
     * The rules the project's model runs with: those that raised F1 both on GermEval dev and on a
     * held-out fold of the training sentences; the currency policy; the lexicon, which the news
     * institutions of the seed article need; and two that GermEval's base types cannot measure:
     * the filter (nationality words and role compounds are its deriv and part labels, left out of
     * the score) and consistency within the article (its documents are single sentences); and
     * products after a noun for their kind, which neither sample moves (GermEval has a handful).
     */
    private static final Set<Rule> MODEL_RULES = EnumSet.of(Rule.LEXICON, Rule.FILTER, Rule.CURRENCIES,
        Rule.NUMBERED, Rule.PRODUCTS, Rule.CUED, Rule.CONSISTENCY);

    private final Tagger which;
    private final Set<Rule> rules;
    private final CoreNlpTagger tagger;
    private final EntityModel model;
    private final Gazetteer gazetteer = new Gazetteer();
    private final MentionFilter filter = new MentionFilter();
    /** Nouns that open an official name ("Universität Gießen"), read by two rules. */
    private final NounLexicon openers = new NounLexicon("entities/name-openers.tsv");
    private final CuedNames cuedNames = new CuedNames(openers);
    private final CoordinatedNames coordinated = new CoordinatedNames();
    private final NameExtents extents = new NameExtents(openers);
    private final NumberedNames numbered = new NumberedNames();
    private final ProductNames products = new ProductNames();
    private final ConsistentMentions consistency = new ConsistentMentions();
    private final EntityGrouper grouper = new EntityGrouper();

    /** CoreNLP's CRF with every rule, and the project's model for the confidence. */
    public EntityRecognizer() {
        this(Tagger.CORENLP);
    }

    public EntityRecognizer(Tagger which) {
        this(which, defaultRules(which), null);
    }

    /** The rules a model runs with: CoreNLP alone keeps all it had before the project's model. */
    public static Set<Rule> defaultRules(Tagger which) {
        return which == Tagger.MODEL ? MODEL_RULES : EnumSet.allOf(Rule.class);
    }

    /**
     * A recognizer with only some rules, and the model read from {@code modelDirectory} (a
     * {@code tagger.onnx} and its {@code tagger-vocabulary.tsv}) instead of the class path when not
     * null: for measuring rules and models.
     */
    public EntityRecognizer(Tagger which, Set<Rule> rules, Path modelDirectory) {
        this.which = which;
        this.rules = rules.isEmpty() ? EnumSet.noneOf(Rule.class) : EnumSet.copyOf(rules);
        // the model loads on a thread of its own while CoreNLP's loads here, so that starting
        // takes as long as CoreNLP alone
        FutureTask<EntityModel> modelLoading = new FutureTask<>(() -> new EntityModel(modelDirectory));
        Thread loader = new Thread(modelLoading, "entity-model-loading");
        loader.setDaemon(true);
        loader.start();
        this.tagger = new CoreNlpTagger();
        this.model = loaded(modelLoading);
    }

    /** The loaded model, or the error that stopped its loading, as if it had been loaded here. */
    private static EntityModel loaded(FutureTask<EntityModel> loading) {
        try {
            return loading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the entity model loaded", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

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
            EntityGrouper.Result grouped = grouper.group(document, bare.tag(document), mention -> null);
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
        CoreNlpTagger.Tagging tagging = tagger.tagging(document, model.readsProbabilities());
        ModelReading reading = new ModelReading(document.text(), tagging.sentences());
        List<Mention> mentions = which == Tagger.MODEL ? reading.mentions() : tagging.mentions();
        if (rules.contains(Rule.LEXICON)) {
            mentions = withLexicon(mentions, gazetteer.find(document));
        }
        mentions = apply(Rule.FILTER, filter::apply, document, mentions);
        mentions = apply(Rule.CURRENCIES, filter::withoutCurrencies, document, mentions);
        mentions = apply(Rule.EXTENTS, extents::apply, document, mentions);
        mentions = apply(Rule.NUMBERED, numbered::apply, document, mentions);
        mentions = apply(Rule.PRODUCTS, products::apply, document, mentions);
        mentions = apply(Rule.CUED, cuedNames::apply, document, mentions);
        mentions = apply(Rule.COORDINATED, coordinated::apply, document, mentions);
        mentions = apply(Rule.CONSISTENCY, consistency::apply, document, mentions);
        Map<Mention, Double> confidences = reading.confidences(mentions);
        EntityGrouper.Result grouped = grouper.group(document, mentions, confidences::get);
        return document.withEntities(grouped.entities(), grouped.groups());
    }

    private List<Mention> apply(Rule rule, BiFunction<Document, List<Mention>, List<Mention>> step, Document document,
                                List<Mention> mentions) {
        return rules.contains(rule) ? step.apply(document, mentions) : mentions;
    }

    /**
     * What the model reads in a document's analysed sentences. It reads only the sentences asked
     * for, all at once: where CoreNLP's mentions are kept, those that hold a mention, to give it
     * its confidence.
     */
    private final class ModelReading {
        private final String text;
        private final List<List<CoreNlpTagger.TaggedWord>> sentences;
        private final EntityModel.Labelling[] labellings;
        /** Where each sentence starts, in text order, for finding a mention's sentence by search. */
        private final int[] starts;

        ModelReading(String text, List<List<CoreNlpTagger.TaggedWord>> sentences) {
            this.text = text;
            this.sentences = sentences;
            this.labellings = new EntityModel.Labelling[sentences.size()];
            this.starts = new int[sentences.size()];
            for (int s = 0; s < starts.length; s++) {
                // an empty sentence takes the start before it, so that the starts stay in order
                starts[s] = sentences.get(s).isEmpty() ? (s == 0 ? 0 : starts[s - 1]) : sentences.get(s).get(0).start();
            }
        }

        /** Labels those of the sentences that are not labelled yet. */
        private void label(BitSet wanted) {
            List<Integer> unread = wanted.stream().filter(s -> labellings[s] == null).boxed().toList();
            List<EntityModel.Labelling> read = model.label(text, unread.stream().map(sentences::get).toList());
            for (int i = 0; i < unread.size(); i++) {
                labellings[unread.get(i)] = read.get(i);
            }
        }

        /** The model's own mentions in every sentence. */
        List<Mention> mentions() {
            BitSet all = new BitSet();
            for (int s = 0; s < sentences.size(); s++) {
                all.set(s, !sentences.get(s).isEmpty());
            }
            label(all);
            List<Mention> mentions = new ArrayList<>();
            all.stream().forEach(s -> mentions.addAll(model.mentions(sentences.get(s), labellings[s])));
            return mentions;
        }

        /**
         * The model's confidence in each mention, whoever made it (model or rule): its probability
         * that the mention's words carry the mention's type; null outside the model's words.
         */
        Map<Mention, Double> confidences(List<Mention> mentions) {
            List<Place> places = mentions.stream().map(this::place).toList();
            BitSet wanted = new BitSet();
            places.stream().filter(Objects::nonNull).forEach(place -> wanted.set(place.sentence()));
            label(wanted);
            Map<Mention, Double> confidences = new HashMap<>();
            for (int m = 0; m < mentions.size(); m++) {
                Place place = places.get(m);
                confidences.put(mentions.get(m), place == null ? null
                    : model.confidence(labellings[place.sentence()], place.first(), place.last(), mentions.get(m).type()));
            }
            return confidences;
        }

        /** The first sentence with words of the mention, and the first and last of them there; null if none. */
        private Place place(Mention mention) {
            int found = Arrays.binarySearch(starts, mention.start());
            // the sentence that starts at or before the mention; a mention may also begin in a gap before it
            for (int s = Math.max(0, found >= 0 ? found : -found - 2); s < sentences.size() && starts[s] < mention.end(); s++) {
                List<CoreNlpTagger.TaggedWord> words = sentences.get(s);
                int first = -1;
                int last = -1;
                for (int i = 0; i < words.size(); i++) {
                    if (words.get(i).start() < mention.end() && mention.start() < words.get(i).end()) {
                        first = first < 0 ? i : first;
                        last = i;
                    }
                }
                if (first >= 0) {
                    return new Place(s, first, last);
                }
            }
            return null;
        }
    }

    /** A mention's words among a document's analysed words: their sentence, and their first and last word there. */
    private record Place(int sentence, int first, int last) {
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
