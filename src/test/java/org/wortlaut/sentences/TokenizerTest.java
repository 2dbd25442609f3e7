package org.wortlaut.sentences;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wortlaut.TestChain;
import org.wortlaut.model.Token;

class TokenizerTest {

    private static List<String> tokens(String text) {
        return TestChain.sentences(text).tokens().stream().map(Token::text).toList();
    }

    @Test
    void hyphenatedCompoundsAreOneToken() {
        assertEquals(List.of("US-Sicherheitsberater", "lobte", "das", "Ramstein-Format", "."),
            tokens("US-Sicherheitsberater lobte das Ramstein-Format."));
    }

    @Test
    void germanNumbersTimesAndAbbreviationsAreOneToken() {
        assertEquals(List.of("Um", "18:33", "kamen", "z. B.", "12.000", "Soldaten", "und", "3,2", "Mrd.", "Euro", "."),
            tokens("Um 18:33 kamen z. B. 12.000 Soldaten und 3,2 Mrd. Euro."));
    }

    @Test
    void dayOrdinalKeepsItsPeriodInsideTheSentence() {
        assertEquals(List.of("Am", "7.", "Juli", "war", "es", "der", "38-Jährige", "."),
            tokens("Am 7. Juli war es der 38-Jährige."));
    }

    @Test
    void quotationMarksAndPunctuationAreTokensOfTheirOwn() {
        assertEquals(List.of("„", "Wir", "gehen", "“", ",", "sagte", "er", "."),
            tokens("„Wir gehen“, sagte er."));
    }

    @Test
    void truncatedCompoundKeepsItsHyphen() {
        assertEquals(List.of("Ein-", "und", "Ausreise", "sowie", "www.bahn.de", "."),
            tokens("Ein- und Ausreise sowie www.bahn.de."));
    }

    @Test
    void typewriterQuotesAndNumbersWithSuffixesAreOneToken() {
        assertEquals(List.of("``", "Der", "53jährige", "kam", "in", "den", "70er", "Jahren", "''", "."),
            tokens("``Der 53jährige kam in den 70er Jahren''."));
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "Kiew  liegt\tam Dnipro.";
        TestChain.sentences(text).tokens()
            .forEach(t -> assertEquals(t.text(), text.substring(t.start(), t.end())));
    }
}
