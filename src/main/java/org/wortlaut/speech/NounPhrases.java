package org.wortlaut.speech;

import java.util.Set;
import java.util.regex.Pattern;
import org.wortlaut.speech.SpeechLexicon.WordClass;

/**
 * Reads the noun phrases that name speakers and addressees, without a parser: German capitalises
 * nouns, so a phrase is an optional article, lower-case adjectives, then capitalised words ("der
 * FIFA-Chef Sepp Blatter", "einen amerikanischen Regierungsvertreter", "die „Computerwoche“"),
 * optionally followed by attachments ("der Sprecher des Ministeriums", "Johanna Moser vom ZDF",
 * "Jan Giesel und David Perteck"), or a single pronoun ("er").
 */
final class NounPhrases {

    /** How far a bracket of names may reach: "( National Environment Management Authority , NEMA )". */
    private static final int BRACKET_WORDS = 10;

    private static final Set<String> COUNT_WORDS = Set.of("zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht",
        "neun", "zehn", "elf", "zwölf", "zwanzig", "dreißig", "vierzig", "fünfzig", "hundert", "tausend");

    // compiled once: the phrase reader asks them of almost every word it reads
    private static final Pattern NUMBER_NOUN = Pattern.compile("\\d+-\\p{Lu}\\p{L}*");
    private static final Pattern AGE_WRITTEN_SMALL = Pattern.compile("\\d+-jährigen?");
    private static final Pattern NAME_NUMBER = Pattern.compile("\\d{1,2}");
    private static final Pattern LOWER_CASE_BRAND = Pattern.compile("\\p{Ll}{1,3}(-\\p{Ll}+|\\d+)");

    private static final Set<String> LOWER_CASE_MEDIA = Set.of("dpa", "ddp", "dapd", "epd", "kna", "sid", "taz");

    private final SpeechLexicon lexicon;

    NounPhrases(SpeechLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** End (exclusive) of the phrase that starts at {@code from}; {@code from} when none does. */
    int end(TokenIndex tokens, int from, int limit) {
        if (from >= limit) {
            return from;
        }
        if (lexicon.is(tokens.text(from), WordClass.PRONOUN) || isDemonstrativePronoun(tokens, from)) {
            return from + 1;
        }
        if (isPartitive(tokens, from)) {
            // "Einer der 13 beteiligten Feuerwehrmänner": the pronoun heads the phrase, the genitive names the group
            return attachments(tokens, from + 1, limit);
        }
        int end = core(tokens, from, limit);
        if (end == from) {
            return from;
        }
        return attachments(tokens, end, limit);
    }

    private static boolean isPartitive(TokenIndex tokens, int i) {
        String word = tokens.text(i).toLowerCase(java.util.Locale.ROOT);
        boolean pronoun = word.equals("einer") || word.equals("eine") || word.equals("keiner") || word.equals("keine");
        return pronoun && (tokens.is(i + 1, "der") || tokens.is(i + 1, "des"));
    }

    /** "Diese bestätigte, …": a demonstrative right before a verb stands for a noun phrase. */
    private boolean isDemonstrativePronoun(TokenIndex tokens, int i) {
        String word = tokens.text(i).toLowerCase(java.util.Locale.ROOT);
        return (word.equals("diese") || word.equals("dieser")) && lexicon.verb(tokens.text(i + 1)) != null;
    }

    /** Whether a phrase can begin at {@code index}: an article, a pronoun or a name. */
    boolean canStart(TokenIndex tokens, int index) {
        WordClass wordClass = lexicon.wordClass(tokens.text(index));
        return wordClass == WordClass.ARTICLE || wordClass == WordClass.PRONOUN
            || (wordClass == null && (tokens.isCapitalized(index) || tokens.is(index, "„")));
    }

    /** Article, adjectives and the capitalised head words. */
    private int core(TokenIndex tokens, int from, int limit) {
        int i = from;
        boolean article = lexicon.is(tokens.text(i), WordClass.ARTICLE);
        if (article) {
            i++;
        }
        if (lexicon.is(tokens.text(i), WordClass.ADVERB) && isAdjective(tokens, i + 1)) {
            // "einer gestern verbreiteten Erklärung": an adverb inside the phrase qualifies the adjective after it
            i++;
        }
        while (i < limit && isAdjective(tokens, i)) {
            i++;
        }
        int head = i;
        i = names(tokens, i, limit);
        if (i == head) {
            return from;
        }
        // a genitive name stands without article: "Mannheims oberster", not "des Bundesamtes leben 13 Prozent"
        return !article && possessor(tokens, i, limit) ? core(tokens, i, limit) : i;
    }

    /** "Mannheims oberster Bürgermeister": a genitive name before adjectives and a noun. */
    private boolean possessor(TokenIndex tokens, int end, int limit) {
        if (!tokens.text(end - 1).endsWith("s") || !tokens.isCapitalized(end - 1)) {
            return false;
        }
        int i = end;
        while (i < limit && isAdjective(tokens, i) && !isCount(tokens.text(i))) {
            i++;
        }
        return i > end && i < limit && isNameWord(tokens, i);
    }

    /** "Reuters vier Menschen": a number counts the noun after it, no genitive name stands before it. */
    private static boolean isCount(String word) {
        return Character.isDigit(word.charAt(0)) || COUNT_WORDS.contains(word);
    }

    private boolean isAdjective(TokenIndex tokens, int i) {
        String text = tokens.text(i);
        boolean lowerOrNumber = tokens.isLowerCase(i) || (!text.isEmpty() && Character.isDigit(text.charAt(0)));
        return lowerOrNumber && !isNumberNoun(tokens, i) && !isLowerCaseBrand(text) && lexicon.wordClass(text) == null
            && lexicon.verb(text) == null;
    }

    /**
     * "der 48-Jährige", "die 20-Jährigen": a number joined to a noun is the noun; so is "der
     * 81-jährige" written small, unless a noun or adjective follows ("die 64-jährige Kanzlerin").
     */
    private static boolean isNumberNoun(TokenIndex tokens, int i) {
        String text = tokens.text(i);
        if (NUMBER_NOUN.matcher(text).matches()) {
            return true;
        }
        String next = tokens.text(i + 1);
        boolean modifies = tokens.isCapitalized(i + 1) || (tokens.isLowerCase(i + 1) && next.endsWith("e"));
        return AGE_WRITTEN_SMALL.matcher(text).matches() && !modifies;
    }

    /** Capitalised words, quoted names, and numbers or brackets inside a name. */
    private int names(TokenIndex tokens, int i, int limit) {
        int head = i;
        while (i < limit) {
            if (i > head && isSourceNoun(tokens.text(i - 1)) && !tokens.is(i, "(") && !tokens.text(i).endsWith("s")) {
                // "nach ersten Meldungen Schäden": a report noun ends its phrase, unless a genitive follows ("Angaben Moskaus")
                break;
            }
            if (isNameWord(tokens, i)) {
                i++;
            } else if (tokens.is(i, "„")) {
                int close = closingMark(tokens, i, limit);
                if (close < 0) {
                    break;
                }
                i = close + 1;
            } else if (tokens.is(i, "(") && bracketEnd(tokens, i, limit) > 0) {
                i = bracketEnd(tokens, i, limit);
            } else if (i > head && isTitleArticle(tokens, i) && isNameWord(tokens, i + 1) && i + 1 < limit) {
                // "das Nachrichtenmagazin Der Spiegel": a capitalised article inside a phrase opens a title
                i += 2;
            } else if (i > head && continuesName(tokens, i, limit)) {
                i += tokens.is(i + 1, "Die") || tokens.is(i + 1, "Der") ? 2 : 1;
            } else {
                break;
            }
        }
        return i;
    }

    /**
     * A number or a slash inside a name: "Bayer 04 Leverkusen", "Bündnis 90/Die Grünen". Such
     * numbers have two digits; a longer one counts what follows ("nach Angaben 300 Mitarbeiter").
     */
    private boolean continuesName(TokenIndex tokens, int i, int limit) {
        boolean joiner = tokens.is(i, "/") || NAME_NUMBER.matcher(tokens.text(i)).matches();
        int next = tokens.is(i + 1, "Die") || tokens.is(i + 1, "Der") ? i + 2 : i + 1;
        return joiner && next < limit && (isNameWord(tokens, next) || tokens.is(next, "/"));
    }

    private static boolean isTitleArticle(TokenIndex tokens, int i) {
        return tokens.is(i, "Der") || tokens.is(i, "Die") || tokens.is(i, "Das");
    }

    private boolean isNameWord(TokenIndex tokens, int i) {
        String text = tokens.text(i);
        return (tokens.isCapitalized(i) || isNumberNoun(tokens, i) || isLowerCaseBrand(text)) && lexicon.wordClass(text) == null
            && lexicon.marker(text) == null;
    }

    /**
     * "n-tv", "n24": names written in lower case with a digit or a hyphen; and the news agencies and
     * the paper that write their names in lower case ("Die taz vermutet", "der Presseagenturen dpa
     * und AFP").
     */
    private static boolean isLowerCaseBrand(String text) {
        return LOWER_CASE_MEDIA.contains(text) || LOWER_CASE_BRAND.matcher(text).matches();
    }

    /**
     * "( SPD )", "( National Environment Management Authority , NEMA )": a bracket of names after
     * a name belongs to it; the index after its closing bracket, or -1.
     */
    private int bracketEnd(TokenIndex tokens, int open, int limit) {
        if (!isNameWord(tokens, open + 1)) {
            return -1;
        }
        for (int i = open + 2; i < limit && i <= open + BRACKET_WORDS; i++) {
            if (tokens.is(i, ")")) {
                return i + 1;
            }
            if (!isNameWord(tokens, i) && !tokens.is(i, ",") && !tokens.is(i, "-")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "Angaben", "Meldungen", "Polizeiangaben": the plural nouns "nach" takes to name a source
     * (the singular ones end titles too: "Finanzvorstand").
     */
    private boolean isSourceNoun(String word) {
        SpeechLexicon.Marker after = lexicon.marker("nach");
        return word.endsWith("en") && after != null && !after.nouns().isEmpty() && after.admits(word);
    }

    private static int closingMark(TokenIndex tokens, int open, int limit) {
        for (int i = open + 1; i < limit && i < open + 8; i++) {
            if (tokens.is(i, "“")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * "des Ministeriums", "der Grünen", "von Hoffenheim", "vom ZDF", "und David Perteck", "sowie
     * das Rote Kreuz", "aus Minnesota", and "im Irak" or "in Peking" where the phrase ends with them
     * ("General im Irak, George Casey", "Die Regierung in Peking sieht").
     */
    private int attachments(TokenIndex tokens, int end, int limit) {
        while (end < limit && (isAttachmentWord(tokens.text(end)) || isGenitiveAdjective(tokens, end)
            || isDomain(tokens, end))) {
            int from = isGenitiveArticle(tokens.text(end)) || isGenitiveAdjective(tokens, end) ? end : end + 1;
            if (isNominative(tokens, end) || (isGenitiveArticle(tokens.text(end)) && isAcronym(tokens.text(end - 1)))) {
                break;
            }
            int attached = core(tokens, from, limit);
            boolean place = tokens.is(end, "in") || tokens.is(end, "im");
            if (attached == from || (place && !closesPhrase(tokens, attachments(tokens, attached, limit), limit))) {
                break;
            }
            end = attached;
        }
        return end;
    }

    /** "Die Regierung in Peking sieht", "General im Irak, George Casey": a place ends the phrase before a comma or the verb. */
    private static boolean closesPhrase(TokenIndex tokens, int end, int limit) {
        return end == limit || tokens.is(end, ",");
    }

    /**
     * "nach Auskunft der NASA der überwiegende Teil": after "der" a genitive adjective ends in -en,
     * so "der überwiegende" begins the next phrase, the subject.
     */
    private boolean isNominative(TokenIndex tokens, int i) {
        String next = tokens.text(i + 1);
        return tokens.is(i, "der") && tokens.isLowerCase(i + 1) && next.endsWith("e") && isAdjective(tokens, i + 1);
    }

    /** "des BMI der Verbesserung": a genitive after an abbreviation belongs to the words after it. */
    private static boolean isAcronym(String word) {
        return word.length() > 1 && word.chars().allMatch(Character::isUpperCase);
    }

    /** "nach Meinung politischer Beobachter": a genitive without article, an adjective in -er before a noun. */
    private boolean isGenitiveAdjective(TokenIndex tokens, int i) {
        String word = tokens.text(i);
        return tokens.isLowerCase(i) && word.length() > 4 && word.endsWith("er") && !word.equals("oder")
            && lexicon.wordClass(word) == null && lexicon.verb(word) == null && isNameWord(tokens, i + 1);
    }

    /** "die Bundesagentur für Arbeit", "das Institut für Kernphysik": "für" and a noun without article names a domain. */
    private boolean isDomain(TokenIndex tokens, int i) {
        return tokens.is(i, "für") && isNameWord(tokens, i + 1);
    }

    private static boolean isAttachmentWord(String word) {
        return isGenitiveArticle(word) || switch (word) {
            case "von", "vom", "und", "sowie", "aus", "in", "im" -> true;
            default -> false;
        };
    }

    private static boolean isGenitiveArticle(String word) {
        return switch (word) {
            case "des", "der", "eines", "einer", "seines", "ihres" -> true;
            default -> false;
        };
    }
}
