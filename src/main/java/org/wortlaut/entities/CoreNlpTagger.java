package org.wortlaut.entities;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.ClassifierCombiner;
import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFCliqueTree;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.wortlaut.model.Document;
import org.wortlaut.model.ZoneKind;
import org.wortlaut.model.EntityType;
import org.wortlaut.model.Sentence;

/**
 * Stanford CoreNLP's German CRF ({@code tokenize,ssplit,mwt,ner}) on the sentences of the
 * sentence stage: the model sees a copy of the text in which every sentence is a line of its own
 * and everything outside sentences is blank, so its character offsets are those of the original
 * text. Thread-safe: the pipeline is loaded once and shared.
 */
final class CoreNlpTagger {

    private static final String PACKED_MODEL = "edu/stanford/nlp/models/ner/german.distsim.crf.ser.gz";
    private static final String UNPACKED_MODEL = "german.distsim.crf.ser";

    /** The class the CRF's cluster lexicon gives words it does not hold ({@code unknownWordDistSimClass}). */
    private static final String UNKNOWN_CLUSTER = "599";

    private final StanfordCoreNLP pipeline;
    /** The CRF's distributional word clusters (word form to cluster), shared with the loaded model. */
    private final Map<String, String> clusters;
    /** The German CRF inside the pipeline, asked again for each word's tag probabilities. */
    private final CRFClassifier<CoreLabel> crf;
    /** How the CRF prepares a sentence's tokens before it reads them (word shapes); private in CoreNLP. */
    private final Method prepareTokens;
    /** Whether the model sees the chain's sentences, or splits the raw text itself (bare). */
    private final boolean chainSentences;

    CoreNlpTagger() {
        this(withUnpackedModel(properties()), true);
    }

    private CoreNlpTagger(Properties properties, boolean chainSentences) {
        this.pipeline = new StanfordCoreNLP(properties);
        this.chainSentences = chainSentences;
        this.crf = crf(pipeline);
        try {
            this.prepareTokens = AbstractSequenceClassifier.class.getDeclaredMethod("preprocessTokens", List.class);
            prepareTokens.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("CoreNLP's German CRF prepares tokens otherwise than expected", e);
        }
        this.clusters = clusterLexicon(crf);
    }

    /** The CRF that the pipeline's NER annotator runs; CoreNLP keeps it private. */
    @SuppressWarnings("unchecked")
    private static CRFClassifier<CoreLabel> crf(StanfordCoreNLP pipeline) {
        try {
            for (Object annotator : (List<Object>) field(AnnotationPipeline.class, "annotators", pipeline)) {
                if (annotator instanceof NERCombinerAnnotator) {
                    Object combiner = field(NERCombinerAnnotator.class, "ner", annotator);
                    List<AbstractSequenceClassifier<?>> classifiers = (List<AbstractSequenceClassifier<?>>)
                        field(ClassifierCombiner.class, "baseClassifiers", combiner);
                    if (classifiers.get(0) instanceof CRFClassifier<?> crf) {
                        return (CRFClassifier<CoreLabel>) crf;
                    }
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("CoreNLP's German CRF is not where expected", e);
        }
        throw new IllegalStateException("CoreNLP's German NER holds no CRF");
    }

    /**
     * The cluster lexicon inside the loaded CRF. CoreNLP keeps it private; reading it there
     * saves loading half a million word forms a second time.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, String> clusterLexicon(CRFClassifier<CoreLabel> crf) {
        try {
            for (Object factory : crf.featureFactories) {
                if (factory instanceof NERFeatureFactory) {
                    return (Map<String, String>) field(NERFeatureFactory.class, "lexicon", factory);
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("CoreNLP's German model holds no word clusters where expected", e);
        }
        throw new IllegalStateException("CoreNLP's German model holds no word clusters");
    }

    private static Object field(Class<?> owner, String name, Object instance) throws ReflectiveOperationException {
        Field field = owner.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(instance);
    }

    /** The model as its authors configure it, on the raw text: the baseline the chain is measured against. */
    static CoreNlpTagger bare() {
        return new CoreNlpTagger(bareProperties(), false);
    }

    /** CoreNLP's German NER pipeline as its authors configure it, without part-of-speech tags. */
    static Properties bareProperties() {
        Properties props = properties();
        props.remove("ssplit.eolonly");
        return props;
    }

    /**
     * The same CRF as the build unpacks it beside the jar ({@code target/models/}): read without
     * inflating its 65 MB it loads in 0.3 to 0.5 s less CPU at every start. Where there is none
     * (tests before packaging, another layout), the packed model.
     */
    private static Properties withUnpackedModel(Properties props) {
        try {
            Path code = Path.of(CoreNlpTagger.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path unpacked = code.resolveSibling("models").resolve(UNPACKED_MODEL);
            if (Files.isRegularFile(unpacked)) {
                props.setProperty("ner.model", unpacked.toString());
            }
        } catch (URISyntaxException | RuntimeException e) {
            // no file system location for the code (a nested jar, a custom class loader): the packed model serves
        }
        return props;
    }

    private static Properties properties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,mwt,ner");
        props.setProperty("tokenize.language", "de");
        // characters the tokenizer cannot place (controls, private use) are dropped quietly
        props.setProperty("tokenize.options", "untokenizable=noneDelete");
        props.setProperty("tokenize.postProcessor",
            "edu.stanford.nlp.international.german.process.GermanTokenizerPostProcessor");
        props.setProperty("mwt.mappingFile", "edu/stanford/nlp/models/mwt/german/german-mwt.tsv");
        props.setProperty("ner.model", PACKED_MODEL);
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("ssplit.eolonly", "true");
        return props;
    }

    /** CoreNLP's German tags, in the order of {@link TaggedWord#tagProbabilities()}. */
    static final List<String> TAGS = List.of("O", "PERSON", "LOCATION", "ORGANIZATION", "MISC");

    /** The probabilities of a word that is no part of a name (a contraction's piece). */
    private static final double[] OUTSIDE = {1, 0, 0, 0, 0};

    /**
     * A word of an analysed sentence as CoreNLP reads it: offsets, its CRF tag ("PERSON", "O"),
     * the CRF's probability of each of its tags ({@link #TAGS}; marginals of its clique tree; null
     * when not asked for) and its distributional cluster; a contraction ("im") is one word.
     */
    record TaggedWord(int start, int end, String tag, double[] tagProbabilities, String cluster) {
    }

    /**
     * One pass of the CRF over the document's analysed sentences: its words with their tags and
     * clusters, which the project's model reads, and the CRF's own mentions.
     */
    record Tagging(List<List<TaggedWord>> sentences, List<Mention> mentions) {
    }

    /**
     * With {@code probabilities} every word carries the CRF's tag probabilities, at the cost of a
     * second pass of the CRF; without, they are null.
     */
    Tagging tagging(Document document, boolean probabilities) {
        Annotation annotation = annotate(sentencePerLine(document));
        return new Tagging(taggedWords(annotation, probabilities), mentions(annotation));
    }

    /** The tagged words of a text with one sentence per line, with their tag probabilities. */
    List<List<TaggedWord>> taggedSentences(String sentencePerLine) {
        return taggedWords(annotate(sentencePerLine), true);
    }

    /** The model's mentions in the document's sentences, in text order. */
    List<Mention> tag(Document document) {
        return mentions(annotate(chainSentences ? sentencePerLine(document) : document.text()));
    }

    private Annotation annotate(String text) {
        Annotation annotation = new Annotation(text);
        pipeline.annotate(annotation);
        return annotation;
    }

    private List<List<TaggedWord>> taggedWords(Annotation annotation, boolean withProbabilities) {
        List<List<TaggedWord>> sentences = new ArrayList<>();
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<TaggedWord> words = new ArrayList<>();
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            CRFCliqueTree<String> probabilities = withProbabilities && !tokens.isEmpty()
                ? crf.getCliqueTree(prepared(tokens)) : null;
            for (int t = 0; t < tokens.size(); t++) {
                CoreLabel token = tokens.get(t);
                TaggedWord last = words.isEmpty() ? null : words.get(words.size() - 1);
                if (last != null && last.start() == token.beginPosition()) {
                    continue; // the second piece of a contraction
                }
                String word = annotation.get(CoreAnnotations.TextAnnotation.class)
                    .substring(token.beginPosition(), token.endPosition());
                boolean piece = isContractionPiece(token);
                words.add(new TaggedWord(token.beginPosition(), token.endPosition(), piece ? "O" : token.ner(),
                    probabilities == null ? null : piece ? OUTSIDE : tagProbabilities(probabilities, t), clusters.getOrDefault(word, UNKNOWN_CLUSTER)));
            }
            sentences.add(words);
        }
        return sentences;
    }

    @SuppressWarnings("unchecked")
    private List<CoreLabel> prepared(List<CoreLabel> tokens) {
        try {
            return (List<CoreLabel>) prepareTokens.invoke(crf, tokens);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("CoreNLP's German CRF cannot prepare a sentence", e);
        }
    }

    private static double[] tagProbabilities(CRFCliqueTree<String> tree, int position) {
        double[] probabilities = new double[TAGS.size()];
        for (int i = 0; i < probabilities.length; i++) {
            probabilities[i] = tree.prob(position, TAGS.get(i));
        }
        return probabilities;
    }

    private static List<Mention> mentions(Annotation annotation) {
        List<Mention> mentions = new ArrayList<>();
        List<CoreLabel> run = new ArrayList<>();
        for (CoreLabel token : annotation.get(CoreAnnotations.TokensAnnotation.class)) {
            String tag = token.ner();
            if (run.isEmpty() || !run.get(0).ner().equals(tag) || run.get(0).sentIndex() != token.sentIndex()) {
                addMention(run, mentions);
                run.clear();
            }
            if (typeOf(tag) != null && !isContractionPiece(token)) {
                run.add(token);
            }
        }
        addMention(run, mentions);
        return mentions;
    }

    /**
     * The text with each analysed sentence on a line of its own and all else (page furniture,
     * text between sentences) blanked, offsets kept.
     */
    static String sentencePerLine(Document document) {
        char[] masked = new char[document.text().length()];
        Arrays.fill(masked, ' ');
        for (int index = 0; index < document.sentences().size(); index++) {
            if (!document.sentenceIn(index, ZoneKind::isAnalysed)) {
                continue;
            }
            Sentence sentence = document.sentences().get(index);
            for (int i = sentence.start(); i < sentence.end(); i++) {
                char c = document.text().charAt(i);
                masked[i] = c == '\n' || c == '\r' ? ' ' : c;
            }
            if (sentence.end() < masked.length) {
                masked[sentence.end()] = '\n';
            }
        }
        return new String(masked);
    }

    private static void addMention(List<CoreLabel> run, List<Mention> mentions) {
        if (!run.isEmpty()) {
            mentions.add(new Mention(run.get(0).beginPosition(), run.get(run.size() - 1).endPosition(),
                typeOf(run.get(0).ner())));
        }
    }

    /** "in" and "dem" of "im": pieces of a contraction, never part of a name. */
    private static boolean isContractionPiece(CoreLabel token) {
        Boolean mwt = token.get(CoreAnnotations.IsMultiWordTokenAnnotation.class);
        return mwt != null && mwt;
    }

    static EntityType typeOf(String tag) {
        if (tag == null) {
            return null;
        }
        return switch (tag) {
            case "PERSON", "PER", "I-PER", "B-PER" -> EntityType.PER;
            case "ORGANIZATION", "ORG", "I-ORG", "B-ORG" -> EntityType.ORG;
            case "LOCATION", "LOC", "I-LOC", "B-LOC" -> EntityType.LOC;
            case "MISC", "I-MISC", "B-MISC" -> EntityType.MISC;
            default -> null;
        };
    }
}
