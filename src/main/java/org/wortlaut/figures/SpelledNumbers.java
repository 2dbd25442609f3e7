package org.wortlaut.figures;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.text.ParsePosition;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads German number words of any size ("dreiundvierzig", "zweitausendvierundzwanzig",
 * "zwanzigsten") with ICU's German spell-out rules. ICU's rules mark syllable breaks with soft
 * hyphens, which make compounds unparseable, so the rule set is rebuilt from its text without
 * them. A word counts only when the parse consumes all of it, and it is an ordinal only when
 * ICU spells the value back as exactly that word with an ordinal rule set. Thread-safe: the
 * formatter is not, so each thread gets its own.
 */
final class SpelledNumbers {

    /** A word read as a number: its value and whether it is an ordinal ("dritten"). */
    record Reading(long value, boolean ordinal) {
    }

    private static final char SOFT_HYPHEN = '\u00AD';
    private static final int PREFIX_LENGTH = 3;
    /** German drops the "ein" of "einhundert" and "eintausend"; ICU spells them with it. */
    private static final String ONE = "ein";
    private static final String HUNDRED = "hundert";
    private static final String THOUSAND = "tausend";

    private static final int CACHE_LIMIT = 50_000;

    private final ThreadLocal<RuleBasedNumberFormat> format;
    private final Map<String, Optional<Reading>> readings = new ConcurrentHashMap<>();
    private final Map<Long, String> stems = new ConcurrentHashMap<>();
    private final List<String> ordinalRuleSets;
    /** First letters of every number word up to twenty and the round tens: a cheap pre-check. */
    private final Set<String> prefixes;

    SpelledNumbers() {
        RuleBasedNumberFormat icu = new RuleBasedNumberFormat(ULocale.GERMAN, RuleBasedNumberFormat.SPELLOUT);
        String rules = icu.toString().replace(String.valueOf(SOFT_HYPHEN), "");
        format = ThreadLocal.withInitial(() -> new RuleBasedNumberFormat(rules, ULocale.GERMAN));
        RuleBasedNumberFormat clean = format.get();
        ordinalRuleSets = List.of(clean.getRuleSetNames()).stream().filter(n -> n.contains("ordinal")).toList();
        prefixes = collectPrefixes(clean);
    }

    /** The number a single lower- or upper-case word spells, if it spells one entirely. */
    Reading read(String word) {
        String lower = word.toLowerCase(Locale.GERMAN);
        if (lower.length() < PREFIX_LENGTH || !prefixes.contains(lower.substring(0, PREFIX_LENGTH))) {
            return null;
        }
        Optional<Reading> known = readings.get(lower);
        if (known == null) {
            known = Optional.ofNullable(parse(lower));
            remember(readings, lower, known);
        }
        return known.orElse(null);
    }

    /** ICU's parse, the costly part: words like "sie", "neue" or "einer" pass the prefix test. */
    private Reading parse(String lower) {
        RuleBasedNumberFormat f = format.get();
        Number parsed = parseWhole(f, lower);
        if (parsed == null && (lower.startsWith(HUNDRED) || lower.startsWith(THOUSAND))) {
            lower = ONE + lower;
            parsed = parseWhole(f, lower);
        }
        if (parsed == null) {
            return null;
        }
        long value = parsed.longValue();
        if (parsed.doubleValue() != value) {
            return null;
        }
        return new Reading(value, isOrdinal(f, value, lower));
    }

    /** The parsed number when the parse consumes the whole word, else null. */
    private static Number parseWhole(RuleBasedNumberFormat f, String word) {
        ParsePosition position = new ParsePosition(0);
        Number parsed = f.parse(word, position);
        boolean whole = parsed != null && position.getIndex() == word.length() && position.getErrorIndex() < 0;
        return whole ? parsed : null;
    }

    /** The stem of an ordinal: "dritt" for 3, "erst" for 1 ("drittplatzierte"). */
    String ordinalStem(long value) {
        String stem = stems.get(value);
        if (stem == null) {
            String ordinal = format.get().format(value, "%spellout-ordinal");
            stem = ordinal.endsWith("e") ? ordinal.substring(0, ordinal.length() - 1) : ordinal;
            remember(stems, value, stem);
        }
        return stem;
    }

    /** Caches stay bounded however long a run is: when full, they start over. */
    private static <K, V> void remember(Map<K, V> cache, K key, V value) {
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(key, value);
    }

    private boolean isOrdinal(RuleBasedNumberFormat f, long value, String lower) {
        for (String ruleSet : ordinalRuleSets) {
            if (f.format(value, ruleSet).equals(lower)) {
                return true;
            }
        }
        return false;
    }

    private Set<String> collectPrefixes(RuleBasedNumberFormat f) {
        Set<String> found = new HashSet<>();
        long[] samples = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 16, 17, 20, 30, 40, 50, 60, 70, 80, 90,
            100, 1000};
        for (long n : samples) {
            for (String ruleSet : f.getRuleSetNames()) {
                String spelled = f.format(n, ruleSet).replace(" ", "");
                if (spelled.length() >= PREFIX_LENGTH) {
                    found.add(spelled.substring(0, PREFIX_LENGTH));
                }
            }
        }
        found.add(HUNDRED.substring(0, PREFIX_LENGTH));
        found.add(THOUSAND.substring(0, PREFIX_LENGTH));
        return Set.copyOf(found);
    }
}
