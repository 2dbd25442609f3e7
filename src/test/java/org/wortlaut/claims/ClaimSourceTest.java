package org.wortlaut.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wortlaut.TestChain;
import org.wortlaut.model.Claim;
import org.wortlaut.model.Document;
import org.wortlaut.model.Quote;

/**
 * Who a figure or a statement is given to when the text names its source by a pronoun, a
 * description, a possessive or in the sentence after it: the source as written, the entity it
 * means and how it was found.
 */
class ClaimSourceTest {

    private static Document annotate(String text) {
        return TestChain.plain().annotate("t", text);
    }

    private static String claim(Document document, String figure) {
        Claim claim = document.claims().stream().filter(c -> c.figureText().contains(figure)).findFirst().orElseThrow();
        return claim.type() + " " + claim.source() + " / " + claim.sourceEntity() + " / " + claim.sourceEntityType()
            + " / " + (claim.sourceLink() == null ? null : claim.sourceLink().label());
    }

    private static String speaker(Document document, Quote quote) {
        String entity = document.entities().stream().filter(e -> e.id().equals(quote.speakerEntity()))
            .map(e -> e.canonical()).findFirst().orElse(null);
        return (quote.speaker() == null ? null : quote.speaker().text()) + " / " + entity + " / "
            + (quote.speakerLink() == null ? null : quote.speakerLink().label());
    }

    private static Quote quoteWith(Document document, String content) {
        return document.quotes().stream().filter(q -> q.content().text().contains(content)).findFirst().orElseThrow();
    }

    @Test
    void theSentenceBeforeDasTeilteMitIsTheSourcesStatement() {
        Document document = annotate("Die Arbeitslosenquote sank im Mai auf 5,7 Prozent. "
            + "Das teilte die Bundesagentur für Arbeit am Freitag mit.");
        assertEquals("INDIRECT die Bundesagentur für Arbeit / Bundesagentur für Arbeit / ORG / backward",
            claim(document, "5,7 Prozent"));
        assertEquals("Das teilte mit", quoteWith(document, "5,7 Prozent").cue().text());
    }

    @Test
    void researchAndReportsNamedAfterwardsAreTheSource() {
        Document research = annotate("Mindestens 40 Firmen nutzten die Lücke. Das ergaben Recherchen des "
            + "Recherchezentrums Correctiv.");
        assertEquals("INDIRECT Recherchen des Recherchezentrums Correctiv / Correctiv / ORG / backward",
            claim(research, "40"));
        Document report = annotate("Die Kosten stiegen auf 12 Milliarden Euro. Dies geht aus einem Bericht des "
            + "Bundesrechnungshofs hervor.");
        assertEquals("einem Bericht des Bundesrechnungshofs", quoteWith(report, "12 Milliarden").speaker().text());
        assertEquals("backward", quoteWith(report, "12 Milliarden").speakerLink().label());
    }

    @Test
    void aPronounAgreesInGenderWithItsPerson() {
        Document document = annotate("„Das ist ein schwerer Verstoß“, sagte die Datenschutzbeauftragte Ulrike "
            + "Brandt. Der Aktivist Jonas Keller sieht das anders. „Ich habe die Daten veröffentlicht, weil es "
            + "nötig war“, sagt er.");
        assertEquals("er / Jonas Keller / pronoun", speaker(document, quoteWith(document, "Daten veröffentlicht")));
    }

    @Test
    void aPronounThatTwoPeopleFitStaysUnlinked() {
        Document document = annotate("„Das ist ein schwerer Verstoß“, sagte der Datenschützer Thomas Berger. "
            + "Der Aktivist Jonas Keller sieht das anders. „Ich habe die Daten veröffentlicht, weil es nötig "
            + "war“, sagt er.");
        assertEquals("er / null / pronoun", speaker(document, quoteWith(document, "Daten veröffentlicht")));
    }

    @Test
    void aDescriptionRefersToTheEntityNamedBefore() {
        Document person = annotate("Der Unternehmer Markus Weber fuhr im Sommer mit dem Zug nach Rom. „Ich "
            + "habe diese entspannte Art zu Reisen sehr genossen“, erzählt der 48-Jährige.");
        assertEquals("der 48-Jährige / Markus Weber / description", speaker(person, quoteWith(person, "genossen")));
        Document company = annotate("Volkswagen baut in Zwickau 2.000 Stellen ab. Der Konzern erklärte, die "
            + "Nachfrage nach Elektroautos sei zu gering.");
        assertEquals("Der Konzern / Volkswagen / description", speaker(company, quoteWith(company, "Nachfrage")));
    }

    @Test
    void ownAndPossessiveStatementsBelongToTheSentencesSubject() {
        Document own = annotate("Die Firma Norvatec beschäftigt nach eigenen Angaben 300 Mitarbeiter.");
        assertEquals("INDIRECT eigenen Angaben / Norvatec / ORG / possessive", claim(own, "300"));
        Document his = annotate("„Wir haben keine Wahl“, sagte Bürgermeister Stefan Hartmann. Seinen Angaben "
            + "zufolge fehlen der Stadt 20 Millionen Euro.");
        assertEquals("INDIRECT Seinen Angaben / Stefan Hartmann / PER / possessive", claim(his, "20 Millionen Euro"));
    }

    @Test
    void aPassiveNamingIsNoStatement() {
        Document document = annotate("Als Grund wurde ein gravierender Fehler genannt, den Froß zu verantworten "
            + "hätte.");
        assertEquals(List.of(), document.quotes());
    }
}
