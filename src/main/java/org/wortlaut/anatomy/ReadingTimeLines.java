package org.wortlaut.anatomy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wortlaut.io.Lexicon;

/** Reads a stated reading time: "Lesezeit: 2 min", "3 Min. Lesezeit", "Lesedauer: 5 Minuten". */
final class ReadingTimeLines {

    private final List<Pattern> patterns = Lexicon.entries("anatomy/reading-time.txt").stream()
        .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
        .toList();

    /** The minutes the line states, or null when it is no reading-time line. */
    Integer minutes(String line) {
        String stripped = line.strip();
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(stripped);
            if (m.matches()) {
                return Integer.valueOf(m.group(1));
            }
        }
        return null;
    }
}
