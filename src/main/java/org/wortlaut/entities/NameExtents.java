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
 * Names whose words the model leaves out or cuts in two, made whole from their neighbours:
 * a proper adjective before a name's head noun ("Frankfurter Hauptbahnhof", "Deutschen
 * Bundestag", "Zweiten Weltkrieg"), a noun that opens an institution's official name
 * ("Universität Gießen"), "St." before a saint's place ("St. Moritz"), a place and the river or
 * region it lies on ("Freiburg im Breisgau"). Names with numbers are {@link NumberedNames}.
 */
final class NameExtents {

    /** Adjectives of places ("Frankfurter"), capitalised only inside names. */
    private static final Pattern PLACE_ADJECTIVE = Pattern.compile("\\p{Lu}\\p{Ll}{2,}er");
    /** Adjectives of countries, regions and periods ("Deutschen", "Bayerische", "Dreißigjährigen"). */
    private static final Pattern PROPER_ADJECTIVE = Pattern.compile("\\p{Lu}[\\p{L}-]*(isch|utsch|ig)(e|en|er|es|em)");
    private static final Pattern ORDINAL = Pattern.compile(
        "(Erst|Zweit|Dritt|Viert|Fünft|Sechst|Siebt|Acht|Neunt|Zehnt)(e|en|er|es|em)");
    /** Capitalised words ending like a place adjective that are none (capitalised in titles). */
    private static final Set<String> NOT_ADJECTIVES = Set.of("Jeder", "Weder", "Unser", "Immer", "Hinter", "Wieder",
        "Unter", "Über", "Ueber", "Außer", "Aber", "Oder", "Euer", "Jener", "Dieser", "Mancher", "Welcher", "Solcher");
    /**
     * Contractions that join a town to its river or region: "am Main", "im Breisgau"; not "an
     * der", after which the river is as often a name of its own ("Brandenburg an der Havel").
     */
    private static final Set<String> JOINS = Set.of("am", "im");
    private final NounLexicon heads = new NounLexicon("entities/name-heads.tsv");
    private final NounLexicon openers;

    NameExtents(NounLexicon openers) {
        this.openers = openers;
    }

    List<Mention> apply(Document document, List<Mention> mentions) {
        List<Mention> result = new ArrayList<>(mentions);
        for (SentenceView sentence : SentenceView.of(document, result)) {
            for (int i = 0; i < sentence.size(); i++) {
                saintsPlace(sentence, i);
                adjectiveAndHead(sentence, i);
                openerAndName(sentence, i);
                placeOnRiver(sentence, i);
            }
        }
        result.sort(Comparator.comparingInt(Mention::start));
        return result;
    }

    /**
     * "St. Moritz", "St . Peter", "Sankt Gallen": a saint's name after the title is a place or
     * a church, not a person, and seldom the organisation the model takes it for (a hospital is
     * one by its cue noun: "Kreiskrankenhaus St. Annen"); names that only contain the title
     * ("FC St. Pauli") stay as they are.
     */
    private static void saintsPlace(SentenceView s, int i) {
        int name = s.word(i).equals("St.") || s.word(i).equals("Sankt") ? i + 1
            : s.word(i).equals("St") && s.word(i + 1).equals(".") ? i + 2 : -1;
        Mention title = s.mentionAt(i);
        if (name > 0 && s.capitalised(name) && (title == null || s.firstTokenOf(title) == i)) {
            s.name(i, lastOf(s, name), EntityType.LOC);
        }
    }

    /** "Frankfurter Hauptbahnhof", "Neue Zürcher Zeitung": adjectives and head noun are one name. */
    private void adjectiveAndHead(SentenceView s, int i) {
        EntityType type = heads.typeOf(s.word(i + 1));
        if (type == null || !isProperAdjective(s, i) || s.sameMention(i, i + 1)) {
            return;
        }
        int first = i;
        while (isProperAdjective(s, first - 1) && s.mentionAt(first - 1) == s.mentionAt(i)) {
            first--;
        }
        Mention atAdjective = s.mentionAt(first);
        if (atAdjective != null) {
            first = Math.min(first, s.firstTokenOf(atAdjective));
        }
        s.name(first, lastOf(s, i + 1), type);
    }

    /** A capitalised adjective inside a sentence, as names have them; the first word is any word. */
    private static boolean isProperAdjective(SentenceView s, int i) {
        String word = s.word(i);
        if (i < 1 || !s.capitalised(i) || NOT_ADJECTIVES.contains(word) || !Character.isLetter(s.word(i - 1).charAt(0))
            && !s.word(i - 1).equals(",")) {
            return false;
        }
        return PLACE_ADJECTIVE.matcher(word).matches() || PROPER_ADJECTIVE.matcher(word).matches()
            || ORDINAL.matcher(word).matches();
    }

    /** "Universität Gießen", "Verlag Paul Haupt": the opening noun belongs to the name. */
    private void openerAndName(SentenceView s, int i) {
        EntityType type = openers.typeOf(s.word(i));
        Mention name = s.mentionAt(i + 1);
        if (type != null && s.mentionAt(i) == null && name != null && s.firstTokenOf(name) == i + 1
            && name.type() != EntityType.ORG) {
            s.name(i, s.lastTokenOf(name), type);
        }
    }

    /** "Frankfurt am Main", "Freiburg im Breisgau": town and river or region are one place. */
    private void placeOnRiver(SentenceView s, int i) {
        Mention town = s.mentionAt(i);
        // one-word towns only, not in the genitive: "in Kfar Jassuf im Westjordanland" is a place in a region
        if (town == null || town.type() != EntityType.LOC || s.firstTokenOf(town) != i || s.lastTokenOf(town) != i
            || s.word(i).toLowerCase(Locale.ROOT).endsWith("s")) {
            return;
        }
        int river = i + 2;
        // "am Nordplatz" is an address, not a river
        Mention region = JOINS.contains(s.word(i + 1)) && heads.typeOf(s.word(river)) == null ? s.mentionAt(river) : null;
        if (region != null && region.type() == EntityType.LOC && s.firstTokenOf(region) == river
            && s.lastTokenOf(region) == river) {
            s.name(i, river, EntityType.LOC);
        }
    }

    /** The last token of the mention starting at {@code index}, or {@code index} itself. */
    private static int lastOf(SentenceView s, int index) {
        Mention mention = s.mentionAt(index);
        return mention == null ? index : Math.max(index, s.lastTokenOf(mention));
    }
}
