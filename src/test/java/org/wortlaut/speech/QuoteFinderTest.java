package org.wortlaut.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wortlaut.model.Quote;
import org.wortlaut.model.QuoteType;
import org.wortlaut.model.Role;

class QuoteFinderTest {

    private final QuoteChain chain = new QuoteChain();

    private static String text(Role role) {
        return role == null ? null : role.text();
    }

    private static void assertQuote(Quote quote, String content, String cue, String speaker, String addressee) {
        assertEquals(QuoteType.DIRECT, quote.type());
        assertEquals(content, quote.content().text());
        assertEquals(cue, quote.cue().text());
        assertEquals(speaker, text(quote.speaker()));
        assertEquals(addressee, text(quote.addressee()));
    }

    @Test
    void germanMarksWithFrameAfter() {
        assertQuote(chain.only("„Wir gehen jetzt nach Hause und bleiben dort“, sagte Lindqvist."),
            "„Wir gehen jetzt nach Hause und bleiben dort“", "sagte", "Lindqvist", null);
    }

    @Test
    void guillemetsPointingInward() {
        assertQuote(chain.only("»Die Lage ist ernst, aber nicht hoffnungslos«, sagte der Minister am Montag."),
            "»Die Lage ist ernst, aber nicht hoffnungslos«", "sagte", "der Minister", null);
    }

    @Test
    void swissGuillemetsWithSo() {
        assertQuote(chain.only("«Wir haben alles versucht, was möglich war», so die Sprecherin."),
            "«Wir haben alles versucht, was möglich war»", "so", "die Sprecherin", null);
    }

    @Test
    void straightMarksWithAddressee() {
        assertQuote(chain.only("\"Das ist ein guter Tag für unser Land\", erklärte Müller gegenüber dem ZDF."),
            "\"Das ist ein guter Tag für unser Land\"", "erklärte", "Müller", "dem ZDF");
    }

    @Test
    void dativeAddresseeAfterTheVerb() {
        assertQuote(chain.only("Die Ministerin sagte der Süddeutschen Zeitung: „Wir brauchen mehr Erzieherinnen.“"),
            "„Wir brauchen mehr Erzieherinnen.“", "sagte", "Die Ministerin", "der Süddeutschen Zeitung");
    }

    @Test
    void dativeAddresseeAfterTheSpeaker() {
        assertQuote(chain.only("„Wir haben das Spiel verdient gewonnen“, sagte Müller dem ZDF nach dem Abpfiff."),
            "„Wir haben das Spiel verdient gewonnen“", "sagte", "Müller", "dem ZDF");
    }

    @Test
    void addresseeOpeningTheSentence() {
        assertQuote(chain.only("Gegenüber dem Tagesspiegel sagte der Linkspolitiker: „Das ist ein Skandal.“"),
            "„Das ist ein Skandal.“", "sagte", "der Linkspolitiker", "dem Tagesspiegel");
    }

    @Test
    void frameBeforeWithColon() {
        assertQuote(chain.only("Der Minister erklärte am Montag: „Wir werden die Steuern nicht erhöhen.“"),
            "„Wir werden die Steuern nicht erhöhen.“", "erklärte", "Der Minister", null);
    }

    @Test
    void invertedFrameBefore() {
        assertQuote(chain.only("Am Abend sagte die Kanzlerin in Berlin: „Wir stehen an der Seite der Ukraine.“"),
            "„Wir stehen an der Seite der Ukraine.“", "sagte", "die Kanzlerin", null);
    }

    @Test
    void separableVerbAfter() {
        Quote quote = chain.only("„Das Problem ist gelöst, wir können weitermachen“, fügte die Sprecherin hinzu.");
        assertQuote(quote, "„Das Problem ist gelöst, wir können weitermachen“", "fügte hinzu", "die Sprecherin", null);
        assertEquals(2, quote.cue().spans().size());
    }

    @Test
    void separableVerbBefore() {
        assertQuote(chain.only("Die Ministerin räumte am Abend ein: „Wir haben Fehler gemacht.“"),
            "„Wir haben Fehler gemacht.“", "räumte ein", "Die Ministerin", null);
    }

    @Test
    void quotingMediumNamesTheSpeakerAsObject() {
        assertQuote(chain.only("„Wir können Kiew mit Waffen versorgen, doch wenn die Truppen fehlen, hat das wenig"
                + " Sinn“, zitiert NBC einen amerikanischen Regierungsvertreter."),
            "„Wir können Kiew mit Waffen versorgen, doch wenn die Truppen fehlen, hat das wenig Sinn“",
            "zitiert", "einen amerikanischen Regierungsvertreter", null);
    }

    @Test
    void quotedSpeakerAfterTheVerbOfQuoting() {
        assertQuote(chain.only("Ein Fernsehsender zitierte Papandreou mit den Worten: „Wenn ich das Problem bin,"
                + " trete ich zurück.“"),
            "„Wenn ich das Problem bin, trete ich zurück.“", "zitierte mit den Worten", "Papandreou", null);
    }

    @Test
    void auxiliaryJoinsTheParticipleCue() {
        assertQuote(chain.only("Bereits im Dezember hatte Bundeskanzlerin Angela Merkel in einer Rede verkündet:"
                + " „Der deutsche Fußball braucht Unterstützung.“"),
            "„Der deutsche Fußball braucht Unterstützung.“", "hatte verkündet", "Bundeskanzlerin Angela Merkel", null);
    }

    @Test
    void fragmentInReportedClauseWithWie() {
        assertQuote(chain.onlyDirect("Wie der Sprecher der Polizei mitteilte, seien „keine Personen verletzt worden“."),
            "„keine Personen verletzt worden“", "Wie mitteilte", "der Sprecher der Polizei", null);
    }

    @Test
    void subjectOfASubordinateClause() {
        assertQuote(chain.only("Die Vereinigung schlug in die gleiche Kerbe, indem sie den Aufsichtsrat zum Handeln"
                + " aufforderte: „Einen Chef, der ernsthaft zurücktreten will, hält niemand auf.“"),
            "„Einen Chef, der ernsthaft zurücktreten will, hält niemand auf.“", "aufforderte", "sie", null);
    }

    @Test
    void openingWieClauseIsTheFrame() {
        assertQuote(chain.onlyDirect("Wie Finanzminister Hartmut Möllring am Dienstag erklärte, sieht die Landesregierung"
                + " in dem Gesetz „kein Hindernis für den freien Kapitalverkehr“."),
            "„kein Hindernis für den freien Kapitalverkehr“", "Wie erklärte", "Finanzminister Hartmut Möllring", null);
    }

    @Test
    void frameAfterALaterComma() {
        assertQuote(chain.onlyDirect("Sie sei „vollkommen geschockt“ über das Geschehen, sagte die britische Königin."),
            "„vollkommen geschockt“", "sagte", "die britische Königin", null);
    }

    @Test
    void particleAfterTheQuotation() {
        assertQuote(chain.only("Datenschützer warfen der Regierung unter anderem „Wortbruch“ vor."),
            "„Wortbruch“", "warfen vor", "Datenschützer", "der Regierung");
    }

    @Test
    void sourceMarkers() {
        assertQuote(chain.onlyDirect("Nach Angaben der Polizei seien die Demonstranten „äußerst gewaltbereit und schlecht"
                + " organisiert“ gewesen."),
            "„äußerst gewaltbereit und schlecht organisiert“", "Nach", "Angaben der Polizei", null);
        assertQuote(chain.onlyDirect("Dem Bericht zufolge waren „technische Probleme mit der Hydraulik“ die Ursache."),
            "„technische Probleme mit der Hydraulik“", "zufolge", "Dem Bericht", null);
        assertQuote(chain.onlyDirect("Laut dem Sprecher der Stadt sei die Lage „vollkommen unter Kontrolle“."),
            "„vollkommen unter Kontrolle“", "Laut", "dem Sprecher der Stadt", null);
    }

    @Test
    void impersonalCueNamesTheText() {
        assertQuote(chain.only("In dem Antrag heißt es wörtlich: „Die Aufhebung der Einstufung wäre ein weiterer"
                + " Beitrag zum Frieden.“"),
            "„Die Aufhebung der Einstufung wäre ein weiterer Beitrag zum Frieden.“", "heißt es", "dem Antrag", null);
    }

    @Test
    void interruptedQuotationIsOneQuoteInTwoParts() {
        Quote quote = chain.only("„Wir gehen“, sagte er, „und zwar sofort.“");
        assertQuote(quote, "„Wir gehen“ „und zwar sofort.“", "sagte", "er", null);
        assertEquals(2, quote.content().spans().size());
    }

    @Test
    void quotationOverSeveralSentences() {
        assertQuote(chain.only("Lindqvist sagte: „Das war ein Fehler. Wir haben daraus gelernt. Es wird nicht"
                + " wieder vorkommen.“ Dann ging er."),
            "„Das war ein Fehler. Wir haben daraus gelernt. Es wird nicht wieder vorkommen.“", "sagte", "Lindqvist",
            null);
    }

    @Test
    void innerQuotationIsPartOfTheOuter() {
        assertQuote(chain.only("„Er nannte das ‚eine Frechheit‘ und ging einfach“, sagte Müller."),
            "„Er nannte das ‚eine Frechheit‘ und ging einfach“", "sagte", "Müller", null);
    }

    @Test
    void namesAndScareQuotesAreNoStatements() {
        assertTrue(chain.quotes("Die Zeitung „Die Freiheit“ erscheint seit 1990 wöchentlich. Das sogenannte"
            + " „Wunder“ blieb aus. Das Schiff „Rabaul Queen“ sank.").isEmpty());
    }

    @Test
    void longNamesInTitleCaseAreNoStatements() {
        assertTrue(chain.quotes("Alle drei gehören der „Union pour un Mouvement Populaire“ an. Das Turnier"
            + " „XXXII Championnat du Monde de Pétanque“ begann in Grenoble.").isEmpty());
    }

    @Test
    void titlesAfterATitleNounAreNoStatements() {
        assertTrue(chain.quotes("Die Ausstellung steht unter dem Motto „Wir übernehmen Verantwortung für unsere"
            + " Stadt“. Der Film „Nackt unter Wölfen“ läuft am Abend.").isEmpty());
    }

    @Test
    void shortAnswerAfterACueAndColon() {
        assertQuote(chain.only("Auf die Frage nach einem Rücktritt sagte er knapp: „Nein.“"),
            "„Nein.“", "sagte", "er", null);
    }

    @Test
    void quotedFragmentWithCueIsAStatement() {
        assertQuote(chain.onlyDirect("Er bezeichnete die Pläne als „völlig unausgegoren“."),
            "„völlig unausgegoren“", "bezeichnete als", "Er", null);
    }

    @Test
    void frameCarriesOverToTheNextQuotation() {
        List<Quote> quotes = chain.quotes("„Der Bär ist zu einem Problembären geworden“, so Schnappauf. „Der Bär"
            + " ist ganz offensichtlich außer Rand und Band.“");
        assertEquals(2, quotes.size());
        assertQuote(quotes.get(1), "„Der Bär ist ganz offensichtlich außer Rand und Band.“", "so", "Schnappauf", null);
        assertEquals(List.of("q1", "q2"), quotes.stream().map(Quote::id).toList());
    }

    @Test
    void quotationWithoutFrameHasNoSpeaker() {
        Quote quote = chain.only("Der Tag war lang. „Niemand hat damit gerechnet, dass es so kommen würde.“");
        assertNull(quote.cue());
        assertNull(quote.speaker());
        assertNull(quote.speakerEntity());
    }
}
