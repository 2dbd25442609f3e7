package org.wortlaut.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.wortlaut.anatomy.ExtractedPage;
import org.wortlaut.anatomy.HtmlExtractor;
import org.wortlaut.model.Zone;
import org.wortlaut.model.ZoneKind;

/**
 * Scores main-text extraction on web pages. The main text is the text of the teaser, body and
 * subheading zones. After white space is folded in both, every string the gold data says must be
 * there counts as a true positive when found and a false negative when not; every string that
 * must not be there counts as a false positive when found.
 */
public final class HtmlEvaluation {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private HtmlEvaluation() {
    }

    /** What one page scored: its file, its counts and the strings that went wrong. */
    public record PageResult(String file, Counts counts, List<String> missed, List<String> intruded) {
    }

    /** The tally over all pages and the extraction speed. */
    public record Report(int pages, Counts counts, double seconds, List<PageResult> results) {

        public double f1() {
            return counts.f1();
        }

        public double pagesPerSecond() {
            return seconds == 0 ? 0 : pages / seconds;
        }

        public void print(PrintStream out) {
            out.println("html main text, " + pages + " pages");
            out.println(counts.row("main text"));
            out.printf(Locale.ROOT, "%.1f pages per second%n", pagesPerSecond());
        }
    }

    public static Report evaluate(Path gold, Path pagesDir) {
        HtmlExtractor extractor = new HtmlExtractor();
        Counts total = Counts.ZERO;
        List<PageResult> results = new ArrayList<>();
        long nanos = 0;
        try {
            for (String line : Files.readAllLines(gold)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode item = JSON.readTree(line);
                byte[] html = Files.readAllBytes(pagesDir.resolve(item.get("file").asText()));
                long start = System.nanoTime();
                ExtractedPage page = extractor.extract(html, item.path("url").asText(null));
                nanos += System.nanoTime() - start;
                PageResult result = score(item, mainText(page));
                results.add(result);
                total = total.plus(result.counts());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the html gold data: " + e.getMessage(), e);
        }
        return new Report(results.size(), total, nanos / 1e9, results);
    }

    /** The teaser, body and subheading zones, white space folded. */
    public static String mainText(ExtractedPage page) {
        StringBuilder main = new StringBuilder();
        for (Zone zone : page.article().zones()) {
            if (zone.kind() == ZoneKind.TEASER || zone.kind() == ZoneKind.BODY || zone.kind() == ZoneKind.SUBHEADING) {
                main.append(page.text(), zone.start(), zone.end()).append(' ');
            }
        }
        return fold(main.toString());
    }

    /** Runs of white space, no-break spaces included, become one space. */
    static String fold(String text) {
        return WHITE_SPACE.matcher(text).replaceAll(" ").strip();
    }

    private static PageResult score(JsonNode item, String main) {
        Counts counts = Counts.ZERO;
        List<String> missed = new ArrayList<>();
        List<String> intruded = new ArrayList<>();
        for (JsonNode wanted : item.path("with")) {
            if (main.contains(fold(wanted.asText()))) {
                counts = counts.plusTruePositive();
            } else {
                counts = counts.plusFalseNegative();
                missed.add(wanted.asText());
            }
        }
        for (JsonNode unwanted : item.path("without")) {
            if (main.contains(fold(unwanted.asText()))) {
                counts = counts.plusFalsePositive();
                intruded.add(unwanted.asText());
            }
        }
        return new PageResult(item.get("file").asText(), counts, missed, intruded);
    }
}
