package org.wortlaut.eval;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.wortlaut.anatomy.BlockSplitter;
import org.wortlaut.figures.FigureExtractor;
import org.wortlaut.model.Document;
import org.wortlaut.model.Figure;
import org.wortlaut.model.FigureType;
import org.wortlaut.model.FigureValue;
import org.wortlaut.model.InputInfo;
import org.wortlaut.sentences.SentenceAnnotator;

/**
 * Scores the figures stage against gold mentions: strict (same start, end and type), lenient
 * (overlap and same type), per type (strict), and value accuracy (among strict matches, the share
 * whose value, valueHigh, unit and qualifier equal the gold; numbers within 1e-6 relative).
 */
public final class FiguresEvaluation {

    private static final BigDecimal TOLERANCE = new BigDecimal("1e-6");

    private FiguresEvaluation() {
    }

    /** The scores, and the misses, false alarms and wrong values behind them. */
    public record Report(Counts strict, Counts lenient, Map<FigureType, Counts> perType, int valuesRight,
                         List<String> misses, List<String> falseAlarms, List<String> wrongValues) {

        public double strictF1() {
            return strict.f1();
        }

        /** Share of strict matches whose value, valueHigh, unit and qualifier are right. */
        public double valueAccuracy() {
            return strict.truePositives() == 0 ? 0 : valuesRight / strict.truePositives();
        }

        public void print(PrintStream out) {
            print(out, false);
        }

        /** The score table; with {@code verbose} also every miss, false alarm and wrong value. */
        public void print(PrintStream out, boolean verbose) {
            out.println(strict.row("strict"));
            out.println(lenient.row("lenient"));
            out.printf(Locale.ROOT, "%-12s %.4f  (%d of %.0f strict matches)%n", "value acc.", valueAccuracy(),
                valuesRight, strict.truePositives());
            out.println("per type (strict):");
            perType.forEach((type, counts) -> out.println("  " + counts.row(type.name())));
            if (verbose) {
                misses.forEach(line -> out.println("MISS  " + line));
                falseAlarms.forEach(line -> out.println("FALSE " + line));
                wrongValues.forEach(line -> out.println("VALUE " + line));
            }
        }
    }

    /** Runs the whole chain (blocks, sentences, figures) over {@code docs} and scores it against {@code gold}. */
    public static Report evaluate(Path gold, Path docs) {
        List<FiguresGold.Mention> expected = FiguresGold.mentions(gold);
        List<FiguresGold.Mention> predicted = predict(FiguresGold.documents(docs));
        return score(expected, predicted);
    }

    private static List<FiguresGold.Mention> predict(Map<String, String> texts) {
        BlockSplitter blocks = new BlockSplitter(true);
        SentenceAnnotator sentences = new SentenceAnnotator();
        FigureExtractor figures = new FigureExtractor();
        List<FiguresGold.Mention> predicted = new ArrayList<>();
        texts.forEach((id, text) -> {
            Document document = figures.annotate(sentences.annotate(blocks.annotate(
                Document.of(id, id, InputInfo.NONE, text))));
            for (Figure f : document.figures()) {
                predicted.add(new FiguresGold.Mention(id, f.start(), f.end(), f.text(), f.type(), f.value(),
                    f.valueHigh(), f.unit(), f.qualifier()));
            }
        });
        return predicted;
    }

    static Report score(List<FiguresGold.Mention> gold, List<FiguresGold.Mention> predicted) {
        Counts strict = Counts.ZERO;
        Map<FigureType, Counts> perType = new TreeMap<>();
        int valuesRight = 0;
        List<String> misses = new ArrayList<>();
        List<String> wrongValues = new ArrayList<>();
        Set<FiguresGold.Mention> matched = new HashSet<>();
        for (FiguresGold.Mention g : gold) {
            FiguresGold.Mention p = predicted.stream().filter(c -> sameSpan(g, c)).findFirst().orElse(null);
            if (p == null) {
                strict = strict.plusFalseNegative();
                perType.merge(g.type(), Counts.ZERO.plusFalseNegative(), Counts::plus);
                misses.add(describe(g) + nearest(g, predicted));
                continue;
            }
            matched.add(p);
            strict = strict.plusTruePositive();
            perType.merge(g.type(), Counts.ZERO.plusTruePositive(), Counts::plus);
            if (sameValue(g, p)) {
                valuesRight++;
            } else {
                wrongValues.add(describe(g) + "  got " + values(p));
            }
        }
        List<String> falseAlarms = new ArrayList<>();
        for (FiguresGold.Mention p : predicted) {
            if (!matched.contains(p)) {
                strict = strict.plusFalsePositive();
                perType.merge(p.type(), Counts.ZERO.plusFalsePositive(), Counts::plus);
                falseAlarms.add(describe(p));
            }
        }
        return new Report(strict, lenient(gold, predicted), perType, valuesRight, misses, falseAlarms, wrongValues);
    }

    /** Overlap and same type, each mention used at most once. */
    private static Counts lenient(List<FiguresGold.Mention> gold, List<FiguresGold.Mention> predicted) {
        Counts counts = Counts.ZERO;
        Set<FiguresGold.Mention> used = new HashSet<>();
        for (FiguresGold.Mention g : gold) {
            FiguresGold.Mention p = predicted.stream()
                .filter(c -> !used.contains(c) && c.doc().equals(g.doc()) && c.type() == g.type() && c.overlaps(g))
                .findFirst().orElse(null);
            if (p == null) {
                counts = counts.plusFalseNegative();
            } else {
                used.add(p);
                counts = counts.plusTruePositive();
            }
        }
        for (int k = used.size(); k < predicted.size(); k++) {
            counts = counts.plusFalsePositive();
        }
        return counts;
    }

    private static boolean sameSpan(FiguresGold.Mention g, FiguresGold.Mention p) {
        return g.doc().equals(p.doc()) && g.start() == p.start() && g.end() == p.end() && g.type() == p.type();
    }

    private static boolean sameValue(FiguresGold.Mention g, FiguresGold.Mention p) {
        return equal(g.value(), p.value()) && equal(g.valueHigh(), p.valueHigh())
            && Objects.equals(g.unit(), p.unit()) && g.qualifier() == p.qualifier();
    }

    private static boolean equal(FigureValue a, FigureValue b) {
        if (a instanceof FigureValue.Number x && b instanceof FigureValue.Number y) {
            BigDecimal difference = x.amount().subtract(y.amount()).abs();
            BigDecimal scale = x.amount().abs().max(y.amount().abs());
            return difference.compareTo(scale.multiply(TOLERANCE, MathContext.DECIMAL64)) <= 0;
        }
        return Objects.equals(a, b);
    }

    private static String describe(FiguresGold.Mention m) {
        return String.format(Locale.ROOT, "%s %d-%d %-8s \"%s\" %s", m.doc(), m.start(), m.end(), m.type(),
            m.text(), values(m));
    }

    private static String values(FiguresGold.Mention m) {
        StringBuilder s = new StringBuilder().append(m.value());
        if (m.valueHigh() != null) {
            s.append("..").append(m.valueHigh());
        }
        if (m.unit() != null) {
            s.append(' ').append(m.unit());
        }
        if (m.qualifier() != null) {
            s.append(' ').append(m.qualifier().label());
        }
        return s.toString();
    }

    /** For a miss, what was predicted over the same text, if anything. */
    private static String nearest(FiguresGold.Mention g, List<FiguresGold.Mention> predicted) {
        return predicted.stream().filter(p -> p.doc().equals(g.doc()) && p.overlaps(g)).findFirst()
            .map(p -> "  ~ " + p.type() + " \"" + p.text() + "\" " + values(p)).orElse("");
    }
}
