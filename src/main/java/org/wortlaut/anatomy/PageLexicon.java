package org.wortlaut.anatomy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.wortlaut.io.Lexicon;

/**
 * The word lists that recognise page furniture, read once from {@code models/anatomy/}. Each
 * method answers for one line of text.
 */
final class PageLexicon {

    private static final int SHORT_LINE_WORDS = 12;
    /** Patterns (teasers ending in "mehr", figure labels, contact lines) match lines up to this long. */
    private static final int PATTERN_LINE_WORDS = 40;
    private static final int CREDIT_TAIL_CHARS = 70;
    private static final int CAPTION_WORDS = 40;
    private static final int SOURCE_LINE_WORDS = 12;

    private final List<String> relatedHeadings;
    private final List<Pattern> endHeadings;
    private final List<String> boilerplateLines = new ArrayList<>();
    private final List<String> boilerplateInShort = new ArrayList<>();
    private final List<String> boilerplateAnywhere = new ArrayList<>();
    private final List<Pattern> boilerplatePatterns = new ArrayList<>();
    private final List<String> creditMarkers;
    private final List<String> sourceLineOpenings;
    private final List<Character> breadcrumbSeparators = new ArrayList<>();
    private final List<String> breadcrumbHomes = new ArrayList<>();

    PageLexicon() {
        relatedHeadings = Lexicon.entries("anatomy/related-headings.txt").stream().map(LineText::key).toList();
        endHeadings = Lexicon.entries("anatomy/end-headings.txt").stream()
            .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
        creditMarkers = Lexicon.entries("anatomy/credit-markers.txt");
        sourceLineOpenings = Lexicon.entries("anatomy/source-lines.txt").stream()
            .map(opening -> opening.toLowerCase(Locale.ROOT)).toList();
        for (List<String> row : Lexicon.rows("anatomy/boilerplate.txt")) {
            String value = row.get(1).strip();
            switch (row.get(0)) {
                case "line" -> boilerplateLines.add(LineText.key(value));
                case "contains" -> boilerplateInShort.add(value.toLowerCase(Locale.ROOT));
                case "anywhere" -> boilerplateAnywhere.add(value.toLowerCase(Locale.ROOT));
                case "regex" -> boilerplatePatterns.add(Pattern.compile(value));
                default -> throw new IllegalStateException("unknown boilerplate rule " + row);
            }
        }
        for (List<String> row : Lexicon.rows("anatomy/breadcrumb.txt")) {
            if (row.get(0).equals("separator")) {
                breadcrumbSeparators.add(row.get(1).strip().charAt(0));
            } else {
                breadcrumbHomes.add(LineText.key(row.get(1)));
            }
        }
    }

    /** "Mehr zum Thema", "Mehr aus Leipzig": the start of a list of other articles. */
    boolean isRelatedHeading(String line) {
        if (LineText.words(line) > 8) {
            return false;
        }
        String key = LineText.key(line);
        for (String heading : relatedHeadings) {
            boolean matches = heading.endsWith("*")
                ? key.startsWith(heading.substring(0, heading.length() - 1))
                : key.equals(heading);
            if (matches) {
                return true;
            }
        }
        return false;
    }

    /** "Kommentare (12)", "Schreibe einen Kommentar": the start of the readers' part of the page. */
    boolean isEndHeading(String line) {
        String stripped = line.strip();
        return LineText.words(stripped) <= 8 && endHeadings.stream().anyMatch(p -> p.matcher(stripped).matches());
    }

    /** Newsletter, share, comment, print, cookie and advertising lines, template leftovers. */
    boolean isBoilerplate(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        if (boilerplateAnywhere.stream().anyMatch(lower::contains)) {
            return true;
        }
        String stripped = line.strip();
        if (LineText.words(line) > SHORT_LINE_WORDS) {
            return LineText.words(line) <= PATTERN_LINE_WORDS
                && boilerplatePatterns.stream().anyMatch(p -> p.matcher(stripped).matches());
        }
        return boilerplateLines.contains(LineText.key(line))
            || boilerplateInShort.stream().anyMatch(lower::contains)
            || boilerplatePatterns.stream().anyMatch(p -> p.matcher(stripped).matches());
    }

    /** A line of caption length that ends in a photo credit: "… (Foto: dpa) Foto: Michael Brochstein". */
    boolean isCaption(String line) {
        if (LineText.words(line) > CAPTION_WORDS) {
            return false;
        }
        for (String marker : creditMarkers) {
            int end = creditEnd(line, marker);
            if (end < 0) {
                continue;
            }
            String tail = line.substring(end).strip();
            if (tail.length() <= CREDIT_TAIL_CHARS && !tail.matches(".*[.!?]\\s+\\p{Lu}.*")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the last credit of this marker in the line ends, or -1: the marker as a word of its
     * own, or, for a word ending ("-foto:"), as the end of a compound ("Archivfoto: ON").
     */
    private static int creditEnd(String line, String marker) {
        if (marker.startsWith("-")) {
            String ending = marker.substring(1);
            int at = line.toLowerCase(Locale.ROOT).lastIndexOf(ending);
            return at > 0 && Character.isLetter(line.charAt(at - 1)) ? at + ending.length() : -1;
        }
        int at = line.lastIndexOf(marker);
        return at >= 0 && markerStandsAlone(line, at, marker) ? at + marker.length() : -1;
    }

    private static boolean markerStandsAlone(String line, int at, String marker) {
        boolean before = at == 0 || !Character.isLetter(line.charAt(at - 1));
        int after = at + marker.length();
        boolean behind = after >= line.length() || !Character.isLetter(line.charAt(after))
            || !Character.isLetter(marker.charAt(marker.length() - 1));
        return before && behind;
    }

    /** "Quelle: MDR THÜRINGEN/ls", "Mit Material von dpa": a short line naming what the text rests on. */
    boolean isSourceLine(String line) {
        String lower = line.strip().toLowerCase(Locale.ROOT);
        return LineText.words(line) <= SOURCE_LINE_WORDS && !lower.matches(".*[.!?]\\s+\\p{L}.*")
            && sourceLineOpenings.stream().anyMatch(lower::startsWith);
    }

    /** "Startseite > Politik > Deutschland". */
    boolean isBreadcrumb(String line) {
        if (LineText.endsLikeSentence(line)) {
            return false;
        }
        for (char separator : breadcrumbSeparators) {
            String[] steps = line.split(Pattern.quote(String.valueOf(separator)));
            if (steps.length < 2 || !allShort(steps)) {
                continue;
            }
            if (steps.length >= 3 || isBreadcrumbHome(steps[0])) {
                return true;
            }
        }
        return false;
    }

    /** The steps of a breadcrumb line, cut at its separator; the whole line when it has none. */
    List<String> breadcrumbSteps(String line) {
        for (char separator : breadcrumbSeparators) {
            if (line.indexOf(separator) >= 0) {
                return List.of(line.split(Pattern.quote(String.valueOf(separator))));
            }
        }
        return List.of(line);
    }

    /** "Startseite", "Home": the first step of a trail, which names no section. */
    boolean isBreadcrumbHome(String step) {
        return breadcrumbHomes.contains(LineText.key(step));
    }

    private static boolean allShort(String[] steps) {
        for (String step : steps) {
            int words = LineText.words(step);
            if (words == 0 || words > 4) {
                return false;
            }
        }
        return true;
    }
}
