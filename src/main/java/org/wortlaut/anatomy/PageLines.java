package org.wortlaut.anatomy;

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

    boolean isCaption(String line) {
        return lexicon.isCaption(line);
    }

    boolean isBoilerplate(String line) {
        return lexicon.isBoilerplate(line);
    }

    boolean isRelatedHeading(String line) {
        return lexicon.isRelatedHeading(line);
    }
}
