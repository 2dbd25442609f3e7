package org.wortlaut.entities;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wortlaut.model.EntityType;

/**
 * The project's own entity model ({@code models/entities/tagger.onnx}, trained by
 * {@code training/ner/train.py}): convolutions read each word's vector, characters, CoreNLP's tag
 * (and, in models trained with them, its tag probabilities) and cluster, and casing, and give
 * every word a score per BIO label; a CRF over those scores picks the labels (Viterbi) and says
 * how sure it is of each (forward-backward marginals). Thread-safe.
 */
final class EntityModel {

    private static final String RESOURCES = "/wortlaut/entities/";
    private static final int MAX_CHARS = 20;
    private static final int UNKNOWN = 0;
    private static final int CHAR_PADDING = 1;
    /**
     * The most words one call reads when it reads several sentences. ONNX Runtime's matrix
     * products add up a convolution's inputs in one pass for up to 64 words and in two parts for
     * more, and take another path for a single word, each rounding otherwise: a longer call, or a
     * one-word sentence read with others, would change the scores in their last bits.
     */
    private static final int WORDS_PER_CALL = 64;
    private static final List<String> SECTIONS =
        List.of("#words", "#chars", "#clusters", "#labels", "#start", "#end", "#transitions");

    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    /** Whether the model reads CoreNLP's tag probabilities (models trained before it did not). */
    private final boolean readsProbabilities;
    private final Map<String, Integer> words;
    /** Per code point, its character id (0, unknown, where the vocabulary lacks it); read for every letter. */
    private final int[] chars;
    private final Map<String, Integer> clusters;
    /** Per label, its entity type (null for O) and whether it begins a mention. */
    private final EntityType[] labelTypes;
    private final boolean[] labelBegins;
    private final float[] startScores;
    private final float[] endScores;
    private final float[][] transitions;

    /** Per word of a sentence and label, the model's score (emission) and the probability of the label. */
    record Labelling(float[][] emissions, double[][] marginals) {
    }

    /** The model in {@code directory}, or the shipped one (class path) when null. */
    EntityModel(Path directory) {
        Map<String, List<String>> sections = sections(read(directory, "tagger-vocabulary.tsv"));
        words = index(sections.get("words"));
        List<String> charLines = sections.get("chars");
        chars = new int[charLines.stream().mapToInt(Integer::parseInt).max().orElse(0) + 1];
        for (int i = 0; i < charLines.size(); i++) {
            chars[Integer.parseInt(charLines.get(i))] = i;
        }
        clusters = index(sections.get("clusters"));
        List<String> labels = sections.get("labels");
        labelTypes = new EntityType[labels.size()];
        labelBegins = new boolean[labels.size()];
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            labelTypes[i] = label.equals("O") ? null : CoreNlpTagger.typeOf(label.substring(2).replace("OTH", "MISC"));
            labelBegins[i] = label.startsWith("B-");
        }
        startScores = scores(sections.get("start").get(0));
        endScores = scores(sections.get("end").get(0));
        transitions = sections.get("transitions").stream().map(EntityModel::scores).toArray(float[][]::new);
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            // one thread per call: the chain already runs one document per core
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            session = environment.createSession(read(directory, "tagger.onnx"), options);
            readsProbabilities = session.getInputNames().contains("probabilities");
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the entity model: " + e.getMessage(), e);
        }
    }

    /** Whether the model reads CoreNLP's tag probabilities, which cost the CRF a second pass. */
    boolean readsProbabilities() {
        return readsProbabilities;
    }

    /** The mentions of a sentence's labelling: those of its likeliest labels. */
    List<Mention> mentions(List<CoreNlpTagger.TaggedWord> sentence, Labelling labelling) {
        List<Mention> mentions = new ArrayList<>();
        int[] labels = viterbi(labelling.emissions());
        for (int i = 0; i < labels.length; i++) {
            EntityType type = labelTypes[labels[i]];
            if (type == null || (i > 0 && !labelBegins[labels[i]] && labelTypes[labels[i - 1]] == type)) {
                continue;
            }
            int end = i + 1;
            while (end < labels.length && !labelBegins[labels[end]] && labelTypes[labels[end]] == type) {
                end++;
            }
            mentions.add(new Mention(sentence.get(i).start(), sentence.get(end - 1).end(), type));
        }
        return mentions;
    }

    /**
     * The model's probability that {@code words} (indices into the sentence) are one mention of
     * {@code type}: the least of their probabilities of a label of that type.
     */
    double confidence(Labelling labelling, int first, int last, EntityType type) {
        double least = 1.0;
        for (int i = first; i <= last; i++) {
            double p = 0.0;
            for (int label = 0; label < labelTypes.length; label++) {
                if (labelTypes[label] == type) {
                    p += labelling.marginals()[i][label];
                }
            }
            least = Math.min(least, p);
        }
        return Math.round(least * 1000) / 1000.0; // three places: stable across machines, fine enough to filter
    }

    /**
     * The scores and marginals of sentences of {@code text}, none of them empty. Short sentences
     * are read several in one call of the network, which spares the calls' own cost (a fifth of
     * the model's time on news): one after the other, a padding word between two. The network
     * zeroes a padding word's features at every layer, as its convolutions do past a sentence's
     * edge, so each sentence gets the same scores as when read alone.
     */
    List<Labelling> label(String text, List<List<CoreNlpTagger.TaggedWord>> sentences) {
        List<Labelling> labellings = new ArrayList<>(sentences.size());
        int first = 0;
        while (first < sentences.size()) {
            int end = first + 1;
            int length = sentences.get(first).size();
            while (length > 1 && end < sentences.size() && sentences.get(end).size() > 1
                && length + 1 + sentences.get(end).size() <= WORDS_PER_CALL) {
                length += 1 + sentences.get(end).size();
                end++;
            }
            float[][] emissions = emissions(text, sentences.subList(first, end), length);
            int row = 0;
            for (List<CoreNlpTagger.TaggedWord> sentence : sentences.subList(first, end)) {
                float[][] own = Arrays.copyOfRange(emissions, row, row + sentence.size());
                labellings.add(new Labelling(own, marginals(own)));
                row += sentence.size() + 1;
            }
            first = end;
        }
        return labellings;
    }

    /** The scores of the words of {@code sentences}, {@code length} words with the padding words between them. */
    private float[][] emissions(String text, List<List<CoreNlpTagger.TaggedWord>> sentences, int length) {
        long[] wordIds = new long[length];
        long[] charIds = new long[length * MAX_CHARS];
        long[] tagIds = new long[length];
        long[] clusterIds = new long[length];
        long[] casings = new long[length];
        int tagCount = CoreNlpTagger.TAGS.size();
        float[] probabilities = readsProbabilities ? new float[length * tagCount] : null;
        Arrays.fill(charIds, CHAR_PADDING); // the places after a short word's last character
        int i = 0;
        for (List<CoreNlpTagger.TaggedWord> sentence : sentences) {
            for (CoreNlpTagger.TaggedWord word : sentence) {
                String form = text.substring(word.start(), word.end());
                Integer id = words.get(form);
                wordIds[i] = id != null ? id : words.getOrDefault(form.toLowerCase(Locale.ROOT), UNKNOWN);
                for (int at = 0, c = 0; at < form.length() && c < MAX_CHARS; c++) {
                    int codePoint = form.codePointAt(at);
                    charIds[i * MAX_CHARS + c] = codePoint < chars.length ? chars[codePoint] : UNKNOWN;
                    at += Character.charCount(codePoint);
                }
                tagIds[i] = Math.max(0, CoreNlpTagger.TAGS.indexOf(word.tag()));
                for (int tag = 0; readsProbabilities && tag < tagCount; tag++) {
                    probabilities[i * tagCount + tag] = (float) word.tagProbabilities()[tag];
                }
                clusterIds[i] = clusters.getOrDefault(word.cluster(), UNKNOWN);
                casings[i] = casing(form);
                i++;
            }
            if (readsProbabilities && i < length) {
                probabilities[i * tagCount] = 1.0f; // a padding word is O for certain, as in training
            }
            i++; // the padding word: unknown word, O, unknown cluster, lower case (all 0), only padding characters
        }
        long[] shape = {1, length};
        Map<String, OnnxTensor> inputs = new LinkedHashMap<>();
        try {
            inputs.put("words", OnnxTensor.createTensor(environment, LongBuffer.wrap(wordIds), shape));
            inputs.put("chars", OnnxTensor.createTensor(environment, LongBuffer.wrap(charIds), new long[] {1, length, MAX_CHARS}));
            inputs.put("tags", OnnxTensor.createTensor(environment, LongBuffer.wrap(tagIds), shape));
            inputs.put("clusters", OnnxTensor.createTensor(environment, LongBuffer.wrap(clusterIds), shape));
            inputs.put("casings", OnnxTensor.createTensor(environment, LongBuffer.wrap(casings), shape));
            if (readsProbabilities) {
                inputs.put("probabilities", OnnxTensor.createTensor(environment, FloatBuffer.wrap(probabilities),
                    new long[] {1, length, tagCount}));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                FloatBuffer scores = ((OnnxTensor) result.get(0)).getFloatBuffer();
                float[][] emissions = new float[length][startScores.length];
                for (float[] row : emissions) {
                    scores.get(row);
                }
                return emissions;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("the entity model failed: " + e.getMessage(), e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    /** The word's shape: lower, title, upper, mixed, with a digit, no letters (as the training reads it). */
    static int casing(String word) {
        int letters = 0;
        boolean allLower = true;
        boolean allUpper = true;
        boolean restLower = true;
        for (int at = 0; at < word.length(); ) {
            int c = word.codePointAt(at);
            at += Character.charCount(c);
            if (Character.isDigit(c)) {
                return 4;
            }
            if (Character.isLetter(c)) {
                allLower &= Character.isLowerCase(c);
                allUpper &= Character.isUpperCase(c);
                restLower &= letters == 0 || Character.isLowerCase(c);
                letters++;
            }
        }
        if (letters == 0) {
            return 5;
        }
        if (allLower) {
            return 0;
        }
        if (allUpper) {
            return letters > 1 ? 2 : 1;
        }
        return Character.isUpperCase(word.codePointAt(0)) && restLower ? 1 : 3;
    }

    private int[] viterbi(float[][] emissions) {
        int length = emissions.length;
        int count = startScores.length;
        double[] score = new double[count];
        int[][] back = new int[length][count];
        for (int label = 0; label < count; label++) {
            score[label] = startScores[label] + emissions[0][label];
        }
        for (int t = 1; t < length; t++) {
            double[] next = new double[count];
            for (int label = 0; label < count; label++) {
                double best = Double.NEGATIVE_INFINITY;
                for (int previous = 0; previous < count; previous++) {
                    double s = score[previous] + transitions[previous][label];
                    if (s > best) {
                        best = s;
                        back[t][label] = previous;
                    }
                }
                next[label] = best + emissions[t][label];
            }
            score = next;
        }
        int label = 0;
        for (int candidate = 1; candidate < count; candidate++) {
            if (score[candidate] + endScores[candidate] > score[label] + endScores[label]) {
                label = candidate;
            }
        }
        int[] labels = new int[length];
        for (int t = length - 1; t >= 0; t--) {
            labels[t] = label;
            label = back[t][label];
        }
        return labels;
    }

    private double[][] marginals(float[][] emissions) {
        int length = emissions.length;
        int count = startScores.length;
        double[][] alpha = new double[length][count];
        double[][] beta = new double[length][count];
        for (int label = 0; label < count; label++) {
            alpha[0][label] = startScores[label] + emissions[0][label];
            beta[length - 1][label] = endScores[label];
        }
        double[] terms = new double[count];
        for (int t = 1; t < length; t++) {
            for (int label = 0; label < count; label++) {
                for (int previous = 0; previous < count; previous++) {
                    terms[previous] = alpha[t - 1][previous] + transitions[previous][label];
                }
                alpha[t][label] = logSum(terms) + emissions[t][label];
            }
        }
        for (int t = length - 2; t >= 0; t--) {
            for (int label = 0; label < count; label++) {
                for (int next = 0; next < count; next++) {
                    terms[next] = transitions[label][next] + emissions[t + 1][next] + beta[t + 1][next];
                }
                beta[t][label] = logSum(terms);
            }
        }
        for (int label = 0; label < count; label++) {
            terms[label] = alpha[length - 1][label] + endScores[label];
        }
        double partition = logSum(terms);
        double[][] marginals = new double[length][count];
        for (int t = 0; t < length; t++) {
            for (int label = 0; label < count; label++) {
                marginals[t][label] = Math.exp(alpha[t][label] + beta[t][label] - partition);
            }
        }
        return marginals;
    }

    private static double logSum(double[] values) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (double v : values) {
            sum += Math.exp(v - max);
        }
        return max + Math.log(sum);
    }

    private static byte[] read(Path directory, String name) {
        if (directory != null) {
            try {
                return Files.readAllBytes(directory.resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the entity model: " + e.getMessage(), e);
            }
        }
        try (InputStream in = EntityModel.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("the entity model is missing from the class path: " + RESOURCES + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The "#name" sections of the vocabulary file, each its lines. */
    private static Map<String, List<String>> sections(byte[] file) {
        Map<String, List<String>> sections = new HashMap<>();
        List<String> current = null;
        for (String line : new String(file, StandardCharsets.UTF_8).split("\n", -1)) {
            if (SECTIONS.contains(line)) {
                current = new ArrayList<>();
                sections.put(line.substring(1), current);
            } else if (current != null && !line.isEmpty()) {
                current.add(line);
            }
        }
        return sections;
    }

    private static Map<String, Integer> index(List<String> lines) {
        Map<String, Integer> index = new HashMap<>(lines.size() * 2);
        for (int i = 0; i < lines.size(); i++) {
            index.putIfAbsent(lines.get(i), i);
        }
        return index;
    }

    private static float[] scores(String line) {
        String[] parts = line.split("\t");
        float[] scores = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            scores[i] = Float.parseFloat(parts[i]);
        }
        return scores;
    }
}
