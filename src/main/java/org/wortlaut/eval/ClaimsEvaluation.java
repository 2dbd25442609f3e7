package org.wortlaut.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wortlaut.Wortlaut;
import org.wortlaut.model.Claim;
import org.wortlaut.model.Document;
import org.wortlaut.model.Figure;
import org.wortlaut.model.InputInfo;
import org.wortlaut.model.Quote;
import org.wortlaut.model.Sentence;
import org.wortlaut.model.Span;

/**
 * Scores claim attribution: for every gold figure, whether the claims layer gives it the source
 * the quotation gold does. The article is right for a figure outside every gold quotation; for a
 * quoted figure the claim must stand on a quotation whose speaker overlaps a gold speaker span
 * (any quotation, when the gold names no speaker). A figure the chain does not find is wrong.
 */
public final class ClaimsEvaluation {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ClaimsEvaluation() {
    }

    /** Source accuracy over all figures, P/R/F1 of quoted figures, and every wrong attribution. */
    public record Report(int figures, int right, Counts quoted, List<String> wrong) {

        public double sourceAccuracy() {
            return figures == 0 ? 0 : (double) right / figures;
        }

        public double quotedF1() {
            return quoted.f1();
        }

        public void print(PrintStream out, boolean verbose) {
            out.printf(Locale.ROOT, "claims: %d figures, source accuracy %.4f (%d right)%n", figures,
                sourceAccuracy(), right);
            out.println(quoted.row("quoted"));
            if (verbose) {
                out.println("document\tfigure\tgold source\tpredicted source\tsentence");
                wrong.forEach(out::println);
            }
        }
    }

    /** One gold figure: where it is and, when quoted, its gold speaker spans (empty: none named). */
    private record GoldFigure(String doc, Span span, String text, boolean quoted, List<Span> speakers, String speakerText) {
    }

    public static Report evaluate(Path gold, Path docs) {
        Map<String, String> texts = FiguresGold.documents(docs);
        Map<String, List<GoldFigure>> byDoc = new HashMap<>();
        for (GoldFigure figure : goldFigures(gold)) {
            byDoc.computeIfAbsent(figure.doc(), d -> new ArrayList<>()).add(figure);
        }
        Wortlaut chain = Wortlaut.builder().plain(true).build();
        int figures = 0;
        int right = 0;
        Counts quoted = Counts.ZERO;
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> article : texts.entrySet()) {
            List<GoldFigure> expected = byDoc.getOrDefault(article.getKey(), List.of());
            if (expected.isEmpty()) {
                continue;
            }
            Document document = chain.annotate(Document.of(article.getKey(), docs + ":" + article.getKey(),
                InputInfo.NONE, article.getValue()));
            for (GoldFigure g : expected) {
                Claim claim = claimFor(document, g.span());
                Quote quote = claim == null || claim.quote() == null ? null : quote(document, claim.quote());
                boolean correct = g.quoted() ? quote != null && speakerRight(g, quote)
                    : claim != null && quote == null;
                figures++;
                right += correct ? 1 : 0;
                if (g.quoted()) {
                    quoted = correct ? quoted.plusTruePositive() : quoted.plusFalseNegative();
                }
                if (quote != null && !correct) {
                    quoted = quoted.plusFalsePositive();
                }
                if (!correct) {
                    wrong.add(describe(document, g, claim, quote));
                }
            }
        }
        return new Report(figures, right, quoted, List.copyOf(wrong));
    }

    private static boolean speakerRight(GoldFigure g, Quote quote) {
        if (g.speakers().isEmpty()) {
            return true;
        }
        return quote.speaker() != null && quote.speaker().spans().stream()
            .anyMatch(s -> g.speakers().stream().anyMatch(s::overlaps));
    }

    /** The claim of the figure with the gold span, else of one that overlaps it. */
    private static Claim claimFor(Document document, Span span) {
        Claim overlapping = null;
        for (Claim claim : document.claims()) {
            Figure figure = figure(document, claim.figure());
            if (figure != null && figure.span().equals(span)) {
                return claim;
            }
            if (figure != null && overlapping == null && figure.span().overlaps(span)) {
                overlapping = claim;
            }
        }
        return overlapping;
    }

    private static Figure figure(Document document, String id) {
        return document.figures().stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
    }

    private static Quote quote(Document document, String id) {
        return document.quotes().stream().filter(q -> q.id().equals(id)).findFirst().orElse(null);
    }

    private static String describe(Document document, GoldFigure g, Claim claim, Quote quote) {
        String goldSource = !g.quoted() ? "ARTICLE" : g.speakers().isEmpty() ? "QUOTE (no speaker)" : g.speakerText();
        String predicted = claim == null ? "(figure not found)"
            : quote == null ? "ARTICLE"
            : quote.type() + " " + (quote.speaker() == null ? "(no speaker)" : quote.speaker().text());
        return document.id() + "\t" + g.text() + "\t" + goldSource + "\t" + predicted + "\t"
            + sentenceText(document, g.span().start());
    }

    private static String sentenceText(Document document, int offset) {
        for (Sentence sentence : document.sentences()) {
            if (sentence.start() <= offset && offset < sentence.end()) {
                return document.text().substring(sentence.start(), sentence.end()).replaceAll("\\s+", " ");
            }
        }
        return "";
    }

    private static List<GoldFigure> goldFigures(Path gold) {
        List<GoldFigure> figures = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                List<Span> speakers = new ArrayList<>();
                List<String> speakerTexts = new ArrayList<>();
                for (JsonNode speaker : node.path("speaker")) {
                    speakers.add(new Span(speaker.get("start").asInt(), speaker.get("end").asInt()));
                    speakerTexts.add(speaker.path("text").asText());
                }
                figures.add(new GoldFigure(node.get("doc").asText(),
                    new Span(node.get("start").asInt(), node.get("end").asInt()), node.path("text").asText(),
                    node.get("source").asText().equals("QUOTE"), List.copyOf(speakers), String.join(" | ", speakerTexts)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + gold, e);
        }
        return figures;
    }
}
