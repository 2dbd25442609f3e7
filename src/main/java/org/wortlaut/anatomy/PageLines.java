package org.wortlaut.anatomy;

import java.util.ArrayList;
import java.util.List;

/** What a single line of a page is on its own: byline, date or reading-time line, caption, furniture. */
final class PageLines {

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

    /** A byline, date line or reading-time line; a bare name counts right after "Autor". */
    boolean isMeta(String line, boolean afterAuthorLabel) {
        return readingTimes.minutes(line) != null || dates.isDateLine(line)
            || bylines.names(line, afterAuthorLabel) != null;
    }

    /**
     * Reads the byline, date and reading-time lines of a page, in page order: the names of all
     * bylines, the first publication and update time, the first stated reading time.
     */
    MetaFacts facts(List<String> metaLines) {
        List<String> authors = new ArrayList<>();
        String published = null;
        String updated = null;
        Integer minutes = null;
        boolean afterLabel = false;
        for (String line : metaLines) {
            List<String> names = bylines.names(line, afterLabel);
            if (names != null) {
                names.stream().filter(n -> !authors.contains(n)).forEach(authors::add);
            }
            afterLabel = bylines.isLabel(line);
            for (DateLines.Stamp stamp : dates.stamps(line)) {
                if (stamp.updated() && updated == null) {
                    updated = stamp.iso();
                } else if (!stamp.updated() && published == null) {
                    published = stamp.iso();
                }
            }
            if (minutes == null) {
                minutes = readingTimes.minutes(line);
            }
        }
        return new MetaFacts(authors, published, updated, minutes);
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
