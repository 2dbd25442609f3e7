package org.wortlaut.figures;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.wortlaut.io.Lexicon;
import org.wortlaut.model.FigureType;
import org.wortlaut.model.Qualifier;

/**
 * Every word list of the figures stage, read once from {@code models/figures/}. Immutable, so
 * one instance serves all threads.
 */
final class FigureLexicon {

    private static final int LONGEST_INFLECTION = 2;

    /** A qualifier word and where it may stand (see qualifiers.txt). */
    record Hedge(Qualifier qualifier, String scope) {
        boolean allows(String context) {
            return scope.equals("any") || scope.equals(context);
        }
    }

    /** A compound ending and the figure it makes (see compound-suffixes.txt). */
    record CompoundSuffix(String ending, FigureType type, String designator) {

        /** What the ending measures; null for a plain count ("zwölfköpfig"). */
        Measure measure() {
            return switch (type) {
                case DURATION -> Measure.duration(designator, BigDecimal.ONE);
                case CARDINAL -> null;
                default -> Measure.unit(designator, type);
            };
        }
    }

    final PhraseTable<Measure> currencies;
    final PhraseTable<Measure> units;
    final PhraseTable<Measure> prefixUnits;
    final PhraseTable<Measure> durations;
    final PhraseTable<BigDecimal> scales;
    final PhraseTable<Hedge> qualifiers;
    final PhraseTable<Integer> months;
    final PhraseTable<String> eras;
    final PhraseTable<String> joiners;
    final PhraseTable<String> idioms;
    final Set<String> monthContext;
    final Set<String> yearContext;
    final Set<String> identifierWords;
    final Set<String> nameOrdinals;
    final Set<String> initialNouns;
    /** "Dritte" as the noun "third parties", and the words that make it a rank again. */
    final Set<String> nounOrdinals;
    final Set<String> rankWords;
    final Set<String> everyWords;
    final Set<String> contrastWords;
    final Set<String> placeOrdinals;
    final Set<String> clockWords;
    final Map<String, String> rangeOpeners;
    final Set<String> decadeNouns;
    final Set<String> decadeArticles;
    final Set<String> fractionArticles;
    final Set<String> ordinalDeterminers;
    final Set<String> countContext;
    final Set<String> vagueWords;
    final Set<String> ordinalNouns;
    final Set<String> negativeWords;
    final List<String> ordinalCompoundEndings;
    final List<CompoundSuffix> compoundSuffixes;
    final Map<String, BigDecimal> numberWords;
    final Map<String, Integer> fractions;

    FigureLexicon() {
        currencies = PhraseTable.of(rows("currencies"), r -> Measure.money(r.get(1), factor(r, 2)), false);
        units = PhraseTable.of(rows("units"), r -> Measure.unit(r.get(1), type(r, 2)), false);
        prefixUnits = PhraseTable.of(rows("prefix-units"), r -> Measure.unit(r.get(1), type(r, 2)), false);
        durations = PhraseTable.of(rows("durations"), r -> Measure.duration(r.get(1), factor(r, 2)), false);
        scales = PhraseTable.of(rows("scales"), r -> new BigDecimal(r.get(1)), false);
        qualifiers = PhraseTable.of(rows("qualifiers"), FigureLexicon::hedge, true);
        months = PhraseTable.of(withGenitives(Lexicon.rows("common/months.txt")), r -> Integer.valueOf(r.get(1)), false);
        eras = PhraseTable.of(rows("eras"), r -> r.get(1), false);
        joiners = PhraseTable.of(rows("joiners"), r -> r.get(1), false);
        idioms = PhraseTable.of(rows("idioms"), r -> r.get(0), false);
        monthContext = words("month-context");
        yearContext = words("year-context");
        identifierWords = words("identifier-words");
        nameOrdinals = words("name-ordinals");
        initialNouns = words("initial-nouns");
        nounOrdinals = column(rows("noun-ordinals"), "noun");
        rankWords = column(rows("noun-ordinals"), "rank");
        everyWords = words("every-words");
        contrastWords = words("contrast-words");
        placeOrdinals = words("place-ordinals");
        clockWords = words("clock-words");
        rangeOpeners = map(rows("range-openers"), r -> r.get(1));
        decadeNouns = words("decades");
        decadeArticles = words("decade-articles");
        fractionArticles = words("fraction-articles");
        ordinalDeterminers = words("ordinal-determiners");
        countContext = words("count-context");
        vagueWords = words("vague-words");
        ordinalNouns = Set.copyOf(Lexicon.entries("common/ordinal-nouns.txt"));
        negativeWords = words("negative-words");
        ordinalCompoundEndings = List.copyOf(Lexicon.entries("figures/ordinal-compound-endings.txt"));
        compoundSuffixes = rows("compound-suffixes").stream()
            .map(r -> new CompoundSuffix(r.get(0), FigureType.valueOf(r.get(1)), r.size() > 2 ? r.get(2) : null))
            .toList();
        numberWords = map(rows("number-words"), r -> new BigDecimal(r.get(1)));
        fractions = map(rows("fractions"), r -> Integer.valueOf(r.get(1)));
    }

    /** The compound ending a word after a number consists of: "jährige" after "38-". */
    Optional<CompoundSuffix> compoundSuffixOf(String word) {
        String lower = word.toLowerCase(java.util.Locale.GERMAN);
        return compoundSuffixes.stream()
            .filter(s -> lower.startsWith(s.ending()) && lower.length() <= s.ending().length() + LONGEST_INFLECTION)
            .findFirst();
    }

    /** Whether token {@code i} joins two numbers in the given role ("range" or "list"). */
    boolean isJoiner(FigureTokens tokens, int i, String role) {
        return afterJoiner(tokens, i, role) >= 0;
    }

    /** The token after the joiner that starts at token {@code i} ("bzw." is two tokens), or -1. */
    int afterJoiner(FigureTokens tokens, int i, String role) {
        return joiners.at(tokens, i).filter(hit -> hit.value().equals(role)).map(PhraseTable.Hit::next).orElse(-1);
    }

    private static List<List<String>> rows(String name) {
        return Lexicon.rows("figures/" + name + ".txt");
    }

    /** The words of the rows whose first column is {@code role}. */
    private static Set<String> column(List<List<String>> rows, String role) {
        return rows.stream().filter(r -> r.get(0).equals(role)).map(r -> r.get(1))
            .collect(Collectors.toUnmodifiableSet());
    }

    private static Set<String> words(String name) {
        return Set.copyOf(Lexicon.entries("figures/" + name + ".txt"));
    }

    private static <V> Map<String, V> map(List<List<String>> rows, java.util.function.Function<List<String>, V> value) {
        Map<String, V> map = new HashMap<>();
        rows.forEach(r -> map.put(r.get(0), value.apply(r)));
        return Map.copyOf(map);
    }

    private static BigDecimal factor(List<String> row, int column) {
        return row.size() > column ? new BigDecimal(row.get(column)) : BigDecimal.ONE;
    }

    private static FigureType type(List<String> row, int column) {
        return row.size() > column ? FigureType.valueOf(row.get(column)) : FigureType.QUANTITY;
    }

    private static Hedge hedge(List<String> row) {
        Qualifier qualifier = switch (row.get(1)) {
            case "approx" -> Qualifier.APPROX;
            case "atLeast" -> Qualifier.AT_LEAST;
            case "atMost" -> Qualifier.AT_MOST;
            default -> throw new IllegalStateException("unknown qualifier " + row.get(1));
        };
        return new Hedge(qualifier, row.size() > 2 ? row.get(2) : "any");
    }

    /** Full month names also stand in the genitive: "des 11. Septembers 2001". */
    private static List<List<String>> withGenitives(List<List<String>> rows) {
        List<List<String>> all = new java.util.ArrayList<>(rows);
        for (List<String> row : rows) {
            if (!row.get(0).endsWith(".") && !row.get(0).endsWith("s")) {
                all.add(List.of(row.get(0) + "s", row.get(1)));
            }
        }
        return all;
    }
}
