package org.wortlaut.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.wortlaut.model.Document;
import org.wortlaut.model.EntityType;

/**
 * Names that carry a number the model leaves out: numbered roads ("A 7", "Bundesstraße 216"),
 * addresses ("Neuendorfer Straße 90c"), clubs ("1. FC Nürnberg", "Hannover 96") and products by
 * maker and model ("Boeing 737").
 */
final class NumberedNames {

    private static final Set<String> ROAD_NOUNS = Set.of("Bundesstraße", "Autobahn", "Bundesautobahn", "Landesstraße",
        "Staatsstraße", "Kreisstraße");
    /** "A 7", "B 500"; motorways with three digits are rare, aircraft ("A 340") are not. */
    private static final Pattern ROAD = Pattern.compile("A \\d{1,2}|B \\d{1,3}");
    private static final Pattern ROAD_NUMBER = Pattern.compile("\\d{1,3}");
    private static final List<String> STREET_ENDINGS = List.of("straße", "str.", "weg", "platz", "allee", "gasse", "damm",
        "ring", "ufer");
    private static final Pattern HOUSE_NUMBER = Pattern.compile("\\d{1,4}[a-z]?");
    /** Short forms of German sports clubs that a "1." may precede. */
    private static final Set<String> CLUB_FORMS = Set.of("FC", "SC", "SV", "FSV", "TSV", "SSV", "VfB", "VfL", "VfR", "BV",
        "TuS", "TSG", "SpVgg", "SG", "FFC", "ESV", "MSV", "BSC", "KFC", "CFC", "DSC", "BFC", "HSV", "TuRa");
    private static final Pattern ORDINAL_NUMBER = Pattern.compile("\\d{1,2}\\.");
    /** The founding year clubs carry: "Schalke 04", "Hannover 96" (not "Stuttgart 21", a project). */
    private static final Pattern CLUB_YEAR = Pattern.compile("0\\d|9\\d");

    /**
     * A model designation: "208", "A380", "737-900ER", "X5"; one or two bare digits are scores
     * ("Bruins 1"), four a year.
     */
    private static final Pattern MODEL_CODE = Pattern.compile(
        "(\\d{3}|\\p{L}{1,3}-?\\d{1,4})\\p{L}{0,3}(-\\d{1,4}\\p{L}{0,3})?");

    List<Mention> apply(Document document, List<Mention> mentions) {
        List<Mention> result = new ArrayList<>(mentions);
        for (SentenceView sentence : SentenceView.of(document, result)) {
            for (int i = 0; i < sentence.size(); i++) {
                numberedRoad(sentence, i);
                houseNumber(sentence, i);
                numberedClub(sentence, i);
                productModel(sentence, i);
            }
        }
        result.sort(Comparator.comparingInt(Mention::start));
        return result;
    }

    /** "A 7", "B 27", "Bundesstraße 216": a numbered road is a place. */
    private static void numberedRoad(SentenceView s, int i) {
        boolean road = ROAD.matcher(s.word(i) + " " + s.word(i + 1)).matches() && !s.word(i - 1).equals("DIN")
            || ROAD_NOUNS.contains(s.word(i)) && ROAD_NUMBER.matcher(s.word(i + 1)).matches();
        if (road && s.mentionAt(i + 1) == null && !s.sameMention(i, i + 1)) {
            s.name(i, i + 1, EntityType.LOC);
        }
    }

    /** "Neuendorfer Straße 90c", "Marktplatz 3": the house number belongs to the address. */
    private static void houseNumber(SentenceView s, int i) {
        Mention street = s.mentionAt(i);
        String word = s.word(i).toLowerCase(Locale.ROOT);
        if (street != null && street.type() == EntityType.LOC && s.lastTokenOf(street) == i
            && STREET_ENDINGS.stream().anyMatch(word::endsWith) && HOUSE_NUMBER.matcher(s.word(i + 1)).matches()
            && s.mentionAt(i + 1) == null && !countedThing(s, i + 2)) {
            s.name(s.firstTokenOf(street), i + 1, EntityType.LOC);
        }
    }

    /** "1. FC Nürnberg", "Mainz 05", "Hannover 96": the number belongs to the club's name. */
    private static void numberedClub(SentenceView s, int i) {
        Mention club = s.mentionAt(i + 1);
        if (ORDINAL_NUMBER.matcher(s.word(i)).matches() && club != null && s.firstTokenOf(club) == i + 1
            && CLUB_FORMS.contains(s.word(i + 1))) {
            s.name(i, s.lastTokenOf(club), EntityType.ORG);
        }
        Mention town = s.mentionAt(i);
        if (town != null && town.type() != EntityType.PER && s.lastTokenOf(town) == i
            && CLUB_YEAR.matcher(s.word(i + 1)).matches() && !countedThing(s, i + 2)) {
            s.name(s.firstTokenOf(town), i + 1, EntityType.ORG);
        }
    }

    /**
     * "Mercedes 208", "Boeing 737", "Airbus A380": a maker and a model designation name a
     * product, unless a count follows ("Siemens 100 Millionen", "VW 500 Mitarbeiter") or the
     * maker is a club with its team ("SC Buitenboys B3").
     */
    private static void productModel(SentenceView s, int i) {
        Mention maker = s.mentionAt(i);
        String code = s.word(i + 1);
        boolean club = maker != null && CLUB_FORMS.contains(s.word(s.firstTokenOf(maker)));
        if (maker != null && maker.type() == EntityType.ORG && !club && s.lastTokenOf(maker) == i && s.mentionAt(i + 1) == null
            && MODEL_CODE.matcher(code).matches() && !countedThing(s, i + 2)) {
            s.name(s.firstTokenOf(maker), i + 1, EntityType.MISC);
        }
        // the model took the designation in, but as the maker: "Boeing 747" ORG
        if (maker != null && maker.type() == EntityType.ORG && !club && s.lastTokenOf(maker) == i + 1
            && s.firstTokenOf(maker) <= i && s.capitalised(i) && MODEL_CODE.matcher(code).matches()
            && !countedThing(s, i + 2)) {
            s.retype(maker, EntityType.MISC);
        }
    }

    /** Whether the word at {@code index} is a noun or a number: "96 Wohnungen", "100 Millionen". */
    private static boolean countedThing(SentenceView s, int index) {
        String word = s.word(index);
        return s.capitalised(index) || !word.isEmpty() && Character.isDigit(word.charAt(0));
    }
}
