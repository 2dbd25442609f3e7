package org.wortlaut.anatomy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What a single line of a page is on its own: byline, date or reading-time line, caption, furniture. */
final class PageLines {

    /** Where one line holds several meta parts: "Von Anna Schmidt | 04.11.2023". */
    private static final String PART_SEPARATORS = "\\s+[|·•]\\s+";
    private static final int DATELINE_PART_WORDS = 6;

    private final PageLexicon lexicon;
    private final DateLines dates;
    private final Bylines bylines;
    private final ReadingTimeLines readingTimes;

    PageLines(PageLexicon lexicon, DateLines dates, Bylines bylines, ReadingTimeLines readingTimes) {
        this.lexicon = lexicon;
        this.dates = dates;
        this.bylines = bylines;
        this.readingTimes = readingTimes;
    }

    PageLines() {
        this(new PageLexicon(), new DateLines(), new Bylines(), new ReadingTimeLines());
    }

    /**
     * A byline, date line, reading-time line or source line ("Quelle: dpa"), or such parts joined
     * by "|" or "·" ("Von Anna Schmidt | 04.11.2023 | Lesezeit: 3 min"); a bare name counts right
     * after "Autor". Short names joined to a date are a dateline too, as broadcasters give their
     * programmes ("MDR THÜRINGEN - Das Radio | 04. November 2023 | 19:00 Uhr").
     */
    boolean isMeta(String line, boolean afterAuthorLabel) {
        if (isMetaPart(line, afterAuthorLabel)) {
            return true;
        }
        List<String> parts = parts(line);
        boolean dated = parts.stream().anyMatch(dates::isDateLine)
            && parts.stream().allMatch(part -> LineText.words(part) <= DATELINE_PART_WORDS);
        return parts.size() > 1 && (dated || parts.stream().allMatch(part -> isMetaPart(part, afterAuthorLabel)));
    }

    private boolean isMetaPart(String part, boolean afterAuthorLabel) {
        return readingTimes.minutes(part) != null || dates.isDateLine(part)
            || bylines.names(part, afterAuthorLabel) != null || lexicon.isSourceLine(part);
    }

    private static List<String> parts(String line) {
        return Arrays.stream(line.split(PART_SEPARATORS)).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /**
     * Reads the byline, date and reading-time lines of a page, in page order: the names of all
     * bylines, the first publication and update time, the first stated reading time.
     */
    MetaFacts facts(List<String> metaLines) {
        List<String> authors = new ArrayList<>();
        List<DateLines.Stamp> stamps = new ArrayList<>();
        Integer minutes = null;
        boolean afterLabel = false;
        for (String line : metaLines) {
            List<String> lineParts = bylines.names(line, afterLabel) != null ? List.of(line) : parts(line);
            for (String part : lineParts) {
                List<String> names = bylines.names(part, afterLabel);
                if (names != null) {
                    names.stream().filter(n -> !authors.contains(n)).forEach(authors::add);
                }
                minutes = minutes != null ? minutes : readingTimes.minutes(part);
            }
            afterLabel = bylines.isLabel(line);
            stamps.addAll(dates.stamps(line));
        }
        return new MetaFacts(authors, firstStamp(stamps, false), firstStamp(stamps, true), minutes);
    }

    private static String firstStamp(List<DateLines.Stamp> stamps, boolean updated) {
        return stamps.stream().filter(s -> s.updated() == updated).map(DateLines.Stamp::iso).findFirst().orElse(null);
    }

    boolean isCaption(String line) {
        return lexicon.isCaption(line);
    }

    boolean isBoilerplate(String line) {
        return lexicon.isBoilerplate(line);
    }

    boolean isRelatedHeading(String line) {
        return lexicon.isRelatedHeading(line);
    }

    boolean isEndHeading(String line) {
        return lexicon.isEndHeading(line);
    }
}
