package org.wortlaut.cli;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.wortlaut.model.Document;

/** Counts what a run did, for the closing line on standard error. */
final class RunSummary {

    private int articles;
    private int failures;
    private int skipped;
    private long sentences;
    private long entities;
    private long figures;
    private long quotes;
    private final Map<String, Integer> skippedRecords = new TreeMap<>();

    void written(Document document) {
        articles++;
        sentences += document.sentences().size();
        entities += document.entities().size();
        figures += document.figures().size();
        quotes += document.quotes().size();
    }

    /** Records of web archives that are no articles, by reason. */
    void skippedRecords(Map<String, Integer> byReason) {
        skippedRecords.putAll(byReason);
    }

    void failed() {
        failures++;
    }

    void skipped() {
        skipped++;
    }

    int failures() {
        return failures;
    }

    String describe(double seconds) {
        String resumed = skipped > 0 ? String.format(Locale.ROOT, " (%d written before, skipped)", skipped) : "";
        return String.format(Locale.ROOT,
            "wortlaut: %d articles written%s, %d failed; %d sentences, %d entities, %d figures, %d quotes; "
                + "%.1f s, %.1f articles/s",
            articles, resumed, failures, sentences, entities, figures, quotes, seconds,
            seconds > 0 ? articles / seconds : 0) + describeSkippedRecords();
    }

    private String describeSkippedRecords() {
        if (skippedRecords.isEmpty()) {
            return "";
        }
        return skippedRecords.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
            .collect(Collectors.joining(", ", "; web archive records skipped: ", ""));
    }
}
