package org.wortlaut.anatomy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.wortlaut.model.Article;
import org.wortlaut.model.Block;
import org.wortlaut.model.ZoneKind;

/**
 * Decides for every block of a page which part of the page it is, and reads the page's metadata.
 *
 * <p>The page is read as a news page is built: breadcrumb and rubric lines, the headline, the
 * teaser (the first paragraph after the headline, when byline or date lines follow it), the
 * byline, date and reading-time lines, the headline repeated as image title and the caption,
 * then the body with its subheadings (short lines without final punctuation between paragraphs)
 * and, from the first heading of a related-articles list or of the comments on, boilerplate. A
 * text without such furniture is all body. Zones follow {@link Zones}: white space between zones
 * of different kinds stays uncovered. Lines are compared in NFC, so decomposed umlauts match the
 * word lists; offsets stay those of the given text. Immutable and thread-safe once built.
 */
public final class PageAnatomy {

    private static final int MAX_RUBRIC_WORDS = 3;
    private static final int MAX_RUBRIC_CHARS = 40;
    private static final String NOT_HEADLINE_ENDINGS = ".,;:";
    private static final int MAX_HEADLINE_WORDS = 25;
    private static final int MAX_SUBHEADING_WORDS = 12;

    private final PageLexicon lexicon = new PageLexicon();
    private final Bylines bylines = new Bylines();
    private final Breadcrumbs breadcrumbs = new Breadcrumbs(lexicon);
    private final PageLines pageLines = new PageLines(lexicon, new DateLines(), bylines, new ReadingTimeLines());

    /** The article of a plain text page; it holds no address (the input record may give one). */
    public Article analyse(String text, List<Block> blocks) {
        List<String> lines = blocks.stream()
            .map(b -> Normalizer.normalize(text.substring(b.start(), b.end()), Normalizer.Form.NFC))
            .toList();
        ZoneKind[] kinds = new ZoneKind[lines.size()];
        Arrays.fill(kinds, ZoneKind.BODY);
        int end = boilerplateStart(lines);
        Arrays.fill(kinds, end, lines.size(), ZoneKind.BOILERPLATE);
        Header header = markHeader(lines, end, kinds);
        markBody(lines, header, end, kinds);
        return article(lines, kinds, header, blocks);
    }

    /** Where the page furniture after the article begins. */
    private int boilerplateStart(List<String> lines) {
        int end = lines.size();
        for (int i = 1; i < lines.size(); i++) {
            if (lexicon.isRelatedHeading(lines.get(i)) || lexicon.isEndHeading(lines.get(i))) {
                end = i;
                break;
            }
        }
        while (end > 1 && lexicon.isBoilerplate(lines.get(end - 1))) {
            end--;
        }
        return end;
    }

    /** Where the headline, teaser and the last header line are; -1 when absent. */
    private record Header(int headline, int teaser, int bodyStart) {
    }

    private Header markHeader(List<String> lines, int end, ZoneKind[] kinds) {
        int headline = findHeadline(lines, end);
        if (headline < 0) {
            return new Header(-1, -1, 0);
        }
        for (int j = 0; j < headline; j++) {
            kinds[j] = isMeta(lines.get(j), false) ? ZoneKind.META
                : lexicon.isBoilerplate(lines.get(j)) ? ZoneKind.BOILERPLATE : ZoneKind.SECTION;
        }
        boolean furniture = headline > 0;
        kinds[headline] = ZoneKind.HEADLINE;
        int next = markMeta(lines, headline + 1, end, kinds);
        int teaser = -1;
        if (next < end && isParagraph(lines.get(next))) {
            int after = markMeta(lines, next + 1, end, kinds);
            if (after > next + 1 || furniture && next == headline + 1) {
                teaser = next;
                kinds[teaser] = ZoneKind.TEASER;
                next = after;
            }
        }
        next = markCaptions(lines, lines.get(headline), next, end, kinds);
        return new Header(headline, teaser, next);
    }

    /**
     * The headline: the first line after the breadcrumb, rubric and date lines at the top, or the
     * last of those that reads as a headline (a short line may be the headline itself); -1 when
     * there is none.
     */
    private int findHeadline(List<String> lines, int end) {
        int last = 0;
        while (last < end && (lexicon.isBreadcrumb(lines.get(last)) || isRubric(lines.get(last))
            || isMeta(lines.get(last), false))) {
            last++;
        }
        for (int i = Math.min(last, end - 1); i >= 0; i--) {
            if (isHeadline(lines, i, end)) {
                return i;
            }
        }
        return -1;
    }

    private boolean isRubric(String line) {
        return LineText.words(line) <= MAX_RUBRIC_WORDS && line.length() <= MAX_RUBRIC_CHARS
            && !LineText.endsLikeSentence(line) && !isMeta(line, false);
    }

    /**
     * A short line that starts like a title and does not end like a sentence or a salutation
     * ("Liebe Leserinnen und Leser,"), followed by longer text or by byline and date lines.
     */
    private boolean isHeadline(List<String> lines, int i, int end) {
        if (i + 1 >= end) {
            return false;
        }
        String line = lines.get(i).strip();
        if (LineText.words(line) > MAX_HEADLINE_WORDS || NOT_HEADLINE_ENDINGS.indexOf(line.charAt(line.length() - 1)) >= 0
            || Character.isLowerCase(line.codePointAt(0)) || isMeta(line, false)) {
            return false;
        }
        String next = lines.get(i + 1);
        return next.length() > line.length() && isParagraph(next) || isMeta(next, false);
    }

    private static boolean isParagraph(String line) {
        return LineText.endsLikeSentence(line) && LineText.words(line) >= 8;
    }

    /** Marks the byline, date and reading-time lines from {@code i} on; returns the next line. */
    private int markMeta(List<String> lines, int i, int end, ZoneKind[] kinds) {
        boolean afterLabel = false;
        while (i < end && isMeta(lines.get(i), afterLabel)) {
            afterLabel = bylines.isLabel(lines.get(i));
            kinds[i++] = ZoneKind.META;
        }
        return i;
    }

    private boolean isMeta(String line, boolean afterLabel) {
        return pageLines.isMeta(line, afterLabel);
    }

    /** Marks the repeated headline (the image title) and photo captions from {@code i} on. */
    private int markCaptions(List<String> lines, String headline, int i, int end, ZoneKind[] kinds) {
        while (i < end && (isCaption(lines.get(i), headline))) {
            kinds[i++] = ZoneKind.CAPTION;
        }
        return i;
    }

    private boolean isCaption(String line, String headline) {
        return line.strip().equals(headline.strip()) || lexicon.isCaption(line);
    }

    private void markBody(List<String> lines, Header header, int end, ZoneKind[] kinds) {
        String headline = header.headline() < 0 ? "" : lines.get(header.headline());
        for (int i = header.bodyStart(); i < end; i++) {
            String line = lines.get(i);
            if (isCaption(line, headline)) {
                kinds[i] = ZoneKind.CAPTION;
            } else if (isMeta(line, false)) {
                kinds[i] = ZoneKind.META;
            } else if (lexicon.isBoilerplate(line)) {
                kinds[i] = ZoneKind.BOILERPLATE;
            } else if (isSubheading(lines, i, header.bodyStart(), end)) {
                kinds[i] = ZoneKind.SUBHEADING;
            }
        }
    }

    /** A short line without final punctuation that has body text on both sides. */
    private static boolean isSubheading(List<String> lines, int i, int bodyStart, int end) {
        String line = lines.get(i);
        if (i == bodyStart || i + 1 >= end || LineText.words(line) > MAX_SUBHEADING_WORDS) {
            return false;
        }
        boolean question = line.strip().endsWith("?") && LineText.words(line) <= 8;
        return (question || !LineText.endsLikeSentence(line)) && isParagraph(lines.get(i + 1));
    }

    private Article article(List<String> lines, ZoneKind[] kinds, Header header, List<Block> blocks) {
        String headline = header.headline() < 0 ? null : lines.get(header.headline()).strip();
        String section = null;
        String trailSection = null;
        List<String> metaLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (kinds[i] == ZoneKind.SECTION && lexicon.isBreadcrumb(line)) {
                trailSection = trailSection != null ? trailSection
                    : breadcrumbs.section(line, headline);
            } else if (kinds[i] == ZoneKind.SECTION && section == null) {
                section = line;
            } else if (kinds[i] == ZoneKind.META) {
                metaLines.add(line);
            }
        }
        MetaFacts facts = pageLines.facts(metaLines);
        String teaser = header.teaser() < 0 ? null : lines.get(header.teaser()).strip();
        return new Article(section != null ? section : trailSection, headline, teaser, facts.authors(),
            facts.published(), facts.updated(), facts.statedMinutes(), "de", null, null, Zones.of(blocks, kinds));
    }
}
