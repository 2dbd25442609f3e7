package org.wortlaut.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.wortlaut.entities.EntityRecognizer;
import org.wortlaut.model.Document;
import org.wortlaut.model.Entity;
import org.wortlaut.model.EntityType;
import org.wortlaut.model.InputInfo;
import org.wortlaut.model.Span;

/**
 * Scores entities against GermEval 2014 (outer level, strict: same tokens, same type). Two
 * figures: (a) PER, LOC, ORG, MISC with the gold's derived and part labels left out on both
 * sides, and (b) the official twelve classes, where those labels count (and are missed).
 */
public final class NerEvaluation {

    /** Labelled span as the scorer compares it. */
    private record Labelled(int sentence, int start, int end, String label) {
    }

    /** The figures of one run. */
    public record Report(Counts overall, Map<String, Counts> perType, Counts untyped, Counts withoutNeverNamed,
                         Counts official, int sentences, double seconds, List<String> errors) {

        public double f1() {
            return overall.f1();
        }

        /** The score tables; with {@code verbose} also every miss and false alarm with its sentence. */
        public void print(PrintStream out, boolean verbose) {
            out.printf(Locale.ROOT, "%d sentences in %.1f s%n", sentences, seconds);
            out.println("Base types, deriv/part left out (strict)");
            perType.forEach((type, counts) -> out.println(counts.row(type)));
            out.println(overall.row("all"));
            out.println(untyped.row("untyped"));
            out.println(withoutNeverNamed.row("all*"));
            out.println("  * gold currency names (\"Euro\": OTH) left out; the stage never tags them");
            out.println("Official 12 classes (strict)");
            out.println(official.row("all"));
            if (verbose) {
                errors.forEach(out::println);
            }
        }
    }

    private NerEvaluation() {
    }

    /** Scores a chain (text document in, entities out) on a GermEval file. */
    public static Report evaluate(Path gold, UnaryOperator<Document> chain) throws IOException {
        List<GermEvalReader.GoldSentence> sentences = GermEvalReader.read(gold);
        List<Labelled> goldBase = new ArrayList<>();
        List<Labelled> goldAll = new ArrayList<>();
        List<Labelled> predictedBase = new ArrayList<>();
        List<Labelled> predictedAll = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < sentences.size(); i++) {
            GermEvalReader.GoldSentence sentence = sentences.get(i);
            Document annotated = chain.apply(Document.of("s" + i, "gold", InputInfo.NONE, sentence.text()));
            List<GermEvalReader.GoldEntity> ignored = new ArrayList<>();
            for (GermEvalReader.GoldEntity entity : sentence.entities()) {
                Labelled labelled = new Labelled(i, entity.start(), entity.end(), entity.label());
                goldAll.add(labelled);
                if (entity.isBaseType()) {
                    goldBase.add(labelled);
                } else {
                    ignored.add(entity);
                }
            }
            for (Entity entity : annotated.entities()) {
                Span tokens = toGoldTokens(sentence.text(), entity.start(), entity.end());
                Labelled labelled = new Labelled(i, tokens.start(), tokens.end(), goldLabel(entity.type()));
                predictedAll.add(labelled);
                if (ignored.stream().noneMatch(g -> g.start() < labelled.end() && labelled.start() < g.end())) {
                    predictedBase.add(labelled);
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Counts> perType = new TreeMap<>();
        for (String type : List.of("PER", "LOC", "ORG", "OTH")) {
            perType.put(type, SpanScore.exact(ofType(goldBase, type), ofType(predictedBase, type)));
        }
        return new Report(SpanScore.exact(goldBase, predictedBase), perType,
            SpanScore.exact(untyped(goldBase), untyped(predictedBase)),
            SpanScore.exact(withoutNeverNamed(goldBase, sentences), predictedBase),
            SpanScore.exact(goldAll, predictedAll), sentences.size(), seconds,
            errors(sentences, goldBase, predictedBase));
    }

    /** "MISS" and "FALSE" lines (label, words, sentence) for the base-type comparison. */
    private static List<String> errors(List<GermEvalReader.GoldSentence> sentences, List<Labelled> gold,
                                       List<Labelled> predicted) {
        List<String> lines = new ArrayList<>();
        Set<Labelled> goldSet = new HashSet<>(gold);
        Set<Labelled> predictedSet = new HashSet<>(predicted);
        gold.stream().filter(g -> !predictedSet.contains(g))
            .forEach(g -> lines.add(errorLine("MISS ", g, sentences)));
        predicted.stream().filter(p -> !goldSet.contains(p)).distinct()
            .forEach(p -> lines.add(errorLine("FALSE", p, sentences)));
        return lines;
    }

    private static String errorLine(String kind, Labelled span, List<GermEvalReader.GoldSentence> sentences) {
        String text = sentences.get(span.sentence()).text();
        return kind + " " + span.label() + "\t" + text.substring(span.start(), span.end()) + "\t" + text;
    }

    /**
     * The gold tokens a prediction touches: the gold is labelled per token, so a prediction
     * "DFB" on the gold token "DFB." marks that token, as a token-level tagger would.
     */
    private static Span toGoldTokens(String text, int start, int end) {
        while (start > 0 && text.charAt(start - 1) != ' ') {
            start--;
        }
        while (end < text.length() && text.charAt(end) != ' ') {
            end++;
        }
        return new Span(start, end);
    }

    private static String goldLabel(EntityType type) {
        return type == EntityType.MISC ? "OTH" : type.name();
    }

    private static List<Labelled> withoutNeverNamed(List<Labelled> gold, List<GermEvalReader.GoldSentence> sentences) {
        Set<String> neverNamed = EntityRecognizer.wordsNeverNamed();
        return gold.stream()
            .filter(g -> !neverNamed.contains(sentences.get(g.sentence()).text().substring(g.start(), g.end())))
            .toList();
    }

    private static List<Labelled> ofType(List<Labelled> spans, String type) {
        return spans.stream().filter(s -> s.label().equals(type)).toList();
    }

    private static List<Labelled> untyped(List<Labelled> spans) {
        return spans.stream().map(s -> new Labelled(s.sentence(), s.start(), s.end(), "")).toList();
    }
}
