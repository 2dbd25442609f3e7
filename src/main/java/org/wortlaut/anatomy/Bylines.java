package org.wortlaut.anatomy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.wortlaut.io.Lexicon;

/**
 * Reads bylines: "Von Anna Schmidt und Jan Weber" gives two names, "Katrin Vogel, dpa" one (news
 * agencies, desks such as "ARD-Rechtsredaktion" and the place written from are dropped: the
 * author list holds people), "dpa/lby" and a bare "Autor" none.
 */
final class Bylines {

    private static final Set<String> NAME_PARTICLES = Set.of("von", "van", "de", "der", "den", "zu", "da", "di",
        "del", "la", "le", "ten", "vom");
    private static final String PIECE_SEPARATORS = "\\s*(?:,|;|/|\\||&|\\bund\\b|\\bsowie\\b)\\s*";

    private final List<String> prefixes;
    private final Set<String> labels;
    private final Set<String> agencies;
    private final List<String> desks;

    Bylines() {
        List<List<String>> rows = Lexicon.rows("anatomy/bylines.txt");
        prefixes = column(rows, "prefix").stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        labels = column(rows, "label").stream().map(LineText::key).collect(Collectors.toSet());
        agencies = column(rows, "agency").stream().map(a -> a.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        desks = column(rows, "desk");
    }

    private static List<String> column(List<List<String>> rows, String role) {
        return rows.stream().filter(r -> r.get(0).equals(role)).map(r -> r.get(1).strip()).toList();
    }

    /** "Autor" or "Von" alone on a line: the name, if any, follows on the next line. */
    boolean isLabel(String line) {
        return labels.contains(LineText.key(line));
    }

    /**
     * The names a byline gives, or null when the line is no byline. Without a byline word in
     * front, a line counts only when it names an agency or follows an author label.
     */
    List<String> names(String line, boolean afterLabel) {
        String stripped = line.strip();
        if (isLabel(stripped)) {
            return List.of();
        }
        if (LineText.endsLikeSentence(stripped) && !stripped.endsWith(".") || stripped.length() > 120) {
            return null;
        }
        for (String prefix : prefixes) {
            if (startsWithWord(stripped, prefix)) {
                Pieces pieces = pieces(stripped.substring(prefix.length()));
                return pieces == null || pieces.names.isEmpty() && !pieces.agency ? null : pieces.names;
            }
        }
        Pieces pieces = pieces(stripped);
        if (pieces == null || !(pieces.agency || afterLabel && !pieces.names.isEmpty())) {
            return null;
        }
        return pieces.names;
    }

    private static boolean startsWithWord(String line, String prefix) {
        return line.startsWith(prefix)
            && (line.length() == prefix.length() || prefix.endsWith(":") || line.charAt(prefix.length()) == ' ');
    }

    private record Pieces(List<String> names, boolean agency) {
    }

    /** The names in a list of names, agencies and desks, or null when something else is there. */
    private Pieces pieces(String text) {
        List<String> names = new ArrayList<>();
        boolean agency = false;
        for (String piece : text.replace('(', ',').replace(')', ',').strip().split(PIECE_SEPARATORS)) {
            String p = piece.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (isAgency(p)) {
                agency = true;
            } else if (desks.stream().anyMatch(p::contains) || isPlaceAfterNames(p, names)) {
                continue;
            } else if (isName(p)) {
                names.add(p);
            } else {
                return null;
            }
        }
        return new Pieces(names, agency);
    }

    /** "Von Anna Schmidt, Brüssel": a single capitalised word after the names is where they write from. */
    private static boolean isPlaceAfterNames(String piece, List<String> names) {
        return !names.isEmpty() && piece.matches("\\p{Lu}[\\p{L}-]+");
    }

    private boolean isAgency(String piece) {
        for (String word : piece.split("[\\s-]+")) {
            if (!agencies.contains(word.toLowerCase(Locale.ROOT))) {
                return agencies.contains(piece.toLowerCase(Locale.ROOT));
            }
        }
        return true;
    }

    private static boolean isName(String piece) {
        String[] words = piece.split("\\s+");
        if (words.length < 2 || words.length > 4) {
            return false;
        }
        for (String word : words) {
            boolean particle = NAME_PARTICLES.contains(word);
            if (!particle && !(LineText.startsUpper(word) && word.matches("[\\p{L}.'’-]+"))) {
                return false;
            }
        }
        return LineText.startsUpper(words[words.length - 1]);
    }
}
