package org.wortlaut.cli;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.wortlaut.model.Document;

/**
 * Counts what a run did, for the closing line on standard error. Counted on the writing thread
 * and read by the shutdown hook of a killed run, hence volatile.
 */
final class RunSummary {

    private final long total;
    private volatile int articles;
    private volatile int failures;
    private volatile int skipped;
    private long sentences;
    private long entities;
    private long figures;
    private long quotes;
    private final Map<String, Integer> skippedRecords = new TreeMap<>();

    /** @param total the articles the inputs hold, counted up front */
    RunSummary(long total) {
        this.total = total;
    }

    long total() {
        return total;
    }

    /** The articles written, failed or skipped so far. */
    long handled() {
        return (long) articles + failures + skipped;
    }

    int written() {
        return articles;
    }

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
            "wortlaut: %d %s written%s, %d failed; %d sentences, %d entities, %d figures, %d quotes; "
                + "%.1f s, %.1f articles/s",
            articles, articles == 1 ? "article" : "articles", resumed, failures, sentences, entities, figures, quotes, seconds,
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
