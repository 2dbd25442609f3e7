package org.wortlaut.sentences;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wortlaut.TestChain;
import org.wortlaut.model.Document;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        Document document = TestChain.sentences(text);
        return document.sentences().stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void abbreviationsDoNotEndASentence() {
        assertEquals(List.of(
                "Das gilt z. B. für Kiew bzw. Moskau, u. a. auch für Haus Nr. 5 am Markt.",
                "Dr. Müller und Prof. Weber kamen d. h. zu spät."),
            sentences("Das gilt z. B. für Kiew bzw. Moskau, u. a. auch für Haus Nr. 5 am Markt. "
                + "Dr. Müller und Prof. Weber kamen d. h. zu spät."));
    }

    @Test
    void anAbbreviationWithItsPeriodSetOffByASpaceDoesNotEndASentence() {
        assertEquals(List.of(
                "Die St . Nikolauskapelle wurde z . B. von Dr . Meier für 5 Mrd . Euro gekauft .",
                "Sie steht in Kiel ."),
            sentences("Die St . Nikolauskapelle wurde z . B. von Dr . Meier für 5 Mrd . Euro gekauft . "
                + "Sie steht in Kiel ."));
    }

    @Test
    void dayOrdinalsDatesAndTimesDoNotEndASentence() {
        assertEquals(List.of(
                "Am 7. Juli um 18.30 Uhr begann es.",
                "Die Sitzung am 04.11.2023 18:33 endete am 8. 11. 1931 nicht."),
            sentences("Am 7. Juli um 18.30 Uhr begann es. Die Sitzung am 04.11.2023 18:33 endete am 8. 11. 1931 nicht."));
    }

    @Test
    void ordinalBeforeACapitalisedNounStaysInTheSentence() {
        assertEquals(List.of("Der 1. FC Köln gewann.", "Der 6. Strafsenat entschied im frühen 16. Jahrhundert.",
                "Die Soldaten des stationierten 1. Bataillons kamen."),
            sentences("Der 1. FC Köln gewann. Der 6. Strafsenat entschied im frühen 16. Jahrhundert. "
                + "Die Soldaten des stationierten 1. Bataillons kamen."));
    }

    @Test
    void retiredTitleInsideASentence() {
        assertEquals(List.of("Staatssekretär a. D. Klaus Weber lebt in Bonn."),
            sentences("Staatssekretär a. D. Klaus Weber lebt in Bonn."));
    }

    @Test
    void initialsAndRegnalNumbersDoNotEndASentence() {
        assertEquals(List.of("Trainer T. Kainz sah Leopold II. im Park.", "Dann ging er."),
            sentences("Trainer T. Kainz sah Leopold II. im Park. Dann ging er."));
    }

    @Test
    void ordinalInBracketsBeforeLowerCaseStaysInTheSentence() {
        assertEquals(List.of("Er wurde Vierter (37.) und war zufrieden."),
            sentences("Er wurde Vierter (37.) und war zufrieden."));
    }

    @Test
    void questionInsideAQuoteFollowedByItsFrameIsOneSentence() {
        assertEquals(List.of("„Wirklich?“ fragte sie.", "„Ja.“", "Er ging."),
            sentences("„Wirklich?“ fragte sie. „Ja.“ Er ging."));
    }

    @Test
    void multiSentenceQuotationIsSplitInside() {
        assertEquals(List.of("„Wir gehen.", "Ihr bleibt“, sagte er."),
            sentences("„Wir gehen. Ihr bleibt“, sagte er."));
    }

    @Test
    void enumeratorAtTheStartOfASentenceIsNoSentence() {
        assertEquals(List.of("Das sind die Punkte.", "2. Soziale Bewegungen leiten ihre Legitimation ab."),
            sentences("Das sind die Punkte. 2. Soziale Bewegungen leiten ihre Legitimation ab."));
    }

    @Test
    void truncatedSentenceEndsAtTheEllipsis() {
        assertEquals(List.of("Dann kam nichts mehr …", "Und so weiter."),
            sentences("Dann kam nichts mehr … Und so weiter."));
    }

    @Test
    void webAddressesAreNoBoundaries() {
        assertEquals(List.of("Infos gibt es auf www.bahn.de und bei der Hotline.", "Danke."),
            sentences("Infos gibt es auf www.bahn.de und bei der Hotline. Danke."));
    }

    @Test
    void sentenceEndingInANumberBeforeACapitalEnds() {
        assertEquals(List.of("Der Vertrag stammt aus dem Jahr 2019.", "Seitdem gilt er."),
            sentences("Der Vertrag stammt aus dem Jahr 2019. Seitdem gilt er."));
    }

    @Test
    void runOnTextIsCutAtWhiteSpaceAndReported() {
        String text = "wort ".repeat(20_000).strip();
        Document document = TestChain.sentences(text);
        assertEquals(true, document.sentences().size() > 30);
        assertEquals(true, document.sentences().stream()
            .allMatch(s -> s.end() - s.start() <= SentenceSplitter.MAX_SENTENCE_CHARS));
        assertEquals(1, document.warnings().size());
    }
}
