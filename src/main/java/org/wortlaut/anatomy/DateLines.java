package org.wortlaut.anatomy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wortlaut.io.Lexicon;

/**
 * Reads German date lines ("04.11.2023 18:33", "1. März 2024, 14:27 Uhr", "Aktualisiert am
 * 08.05.2025, 14:20 Uhr", "Veröffentlicht am 12.03.2024 um 07:45 Uhr") into ISO 8601 local
 * date-times ("2023-11-04T18:33") or dates. A label in front of a date says whether it is the
 * publication or the update time; a date without a label is the publication time.
 */
final class DateLines {

    /** A date found on a line: when, and whether it is the update time. */
    record Stamp(String iso, boolean updated) {
    }

    private static final String DAY = "(\\d{1,2})\\.\\s?";
    private static final String TIME = "(?:\\s*(?:,|um|–|-|\\||·|/)?\\s*(\\d{1,2})[:.](\\d{2})(?!\\d)(?:\\s*Uhr)?)?";
    private static final int MAX_OTHER_LETTERS = 14;

    private final Map<String, Integer> months = new HashMap<>();
    private final Map<String, Boolean> labels = new HashMap<>();
    private final Pattern numeric;
    private final Pattern named;
    private final Pattern label;

    DateLines() {
        List<String> names = new ArrayList<>();
        for (List<String> row : Lexicon.rows("common/months.txt")) {
            String name = row.get(0).replace(".", "");
            months.put(name.toLowerCase(Locale.GERMAN), Integer.valueOf(row.get(1)));
            names.add(Pattern.quote(name));
        }
        numeric = Pattern.compile(DAY + "(\\d{1,2})\\.\\s?(\\d{4})" + TIME);
        named = Pattern.compile(DAY + "(" + String.join("|", names) + ")\\.?\\s+(\\d{4})" + TIME,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        List<String> labelWords = new ArrayList<>();
        for (List<String> row : Lexicon.rows("anatomy/date-labels.txt")) {
            labels.put(row.get(0).toLowerCase(Locale.GERMAN), row.get(1).strip().equals("updated"));
            labelWords.add(Pattern.quote(row.get(0)));
        }
        labelWords.sort((a, b) -> b.length() - a.length());
        label = Pattern.compile("(?<!\\p{L})(" + String.join("|", labelWords) + ")(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The dates on the line, in order, each with the label in front of it. */
    List<Stamp> stamps(String line) {
        List<Stamp> stamps = new ArrayList<>();
        for (DateMatch match : matches(line)) {
            stamps.add(new Stamp(match.iso, labelBefore(line, match.start)));
        }
        return stamps;
    }

    /** Whether the line holds dates and little else: a date line, not a sentence with a date. */
    boolean isDateLine(String line) {
        List<DateMatch> found = matches(line);
        if (found.isEmpty() || line.length() > 120) {
            return false;
        }
        StringBuilder rest = new StringBuilder(line);
        for (int i = found.size() - 1; i >= 0; i--) {
            rest.delete(found.get(i).start, found.get(i).end);
        }
        String other = label.matcher(rest).replaceAll(" ")
            .replaceAll("(?i)\\b(am|um|uhr|vom|seit|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\\b", " ")
            .replaceAll("[^\\p{L}]", "");
        return other.length() <= MAX_OTHER_LETTERS;
    }

    private boolean labelBefore(String line, int dateStart) {
        Matcher m = label.matcher(line.substring(0, dateStart));
        Boolean updated = null;
        while (m.find()) {
            updated = labels.get(m.group(1).toLowerCase(Locale.GERMAN));
        }
        return updated != null && updated;
    }

    private record DateMatch(int start, int end, String iso) {
    }

    private List<DateMatch> matches(String line) {
        List<DateMatch> found = new ArrayList<>();
        Matcher m = numeric.matcher(line);
        while (m.find()) {
            add(found, m, Integer.parseInt(m.group(2)));
        }
        m = named.matcher(line);
        while (m.find()) {
            Integer month = months.get(m.group(2).toLowerCase(Locale.GERMAN));
            if (month != null) {
                add(found, m, month);
            }
        }
        found.sort((a, b) -> a.start - b.start);
        return found;
    }

    private static void add(List<DateMatch> found, Matcher m, int month) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
            String iso = date.toString();
            if (m.group(4) != null) {
                int hour = Integer.parseInt(m.group(4));
                int minute = Integer.parseInt(m.group(5));
                if (hour < 24 && minute < 60) {
                    iso += "T" + LocalTime.of(hour, minute);
                }
            }
            found.add(new DateMatch(m.start(), m.end(), iso));
        } catch (DateTimeException e) {
            // "31.02.2024" is no date: the line simply has none here
        }
    }
}
