package org.wortlaut.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wortlaut.model.Quote;
import org.wortlaut.model.QuoteType;
import org.wortlaut.model.Role;

/** Reported speech outside quotation marks: indirect, free indirect and reported statements. */
class QuoteReportedSpeechTest {

    private final QuoteChain chain = new QuoteChain();

    private static String text(Role role) {
        return role == null ? null : role.text();
    }

    private static void assertSpeech(Quote quote, QuoteType type, String content, String cue, String speaker, String addressee) {
        assertEquals(type, quote.type());
        assertEquals(content, quote.content().text());
        assertEquals(cue, text(quote.cue()));
        assertEquals(speaker, text(quote.speaker()));
        assertEquals(addressee, text(quote.addressee()));
    }

    @Test
    void dassClauseAfterASeparableSpeechVerb() {
        assertSpeech(chain.only("Ein Regierungsvertreter räumte gegenüber NBC ein, dass die Regierung lediglich noch"
                + " fünf Milliarden Dollar zur freien Verfügung habe."), QuoteType.INDIRECT,
            "dass die Regierung lediglich noch fünf Milliarden Dollar zur freien Verfügung habe",
            "räumte ein", "Ein Regierungsvertreter", "NBC");
    }

    @Test
    void theLongerParticleOfAVerbIsItsCue() {
        // "weist … hin" and "weist … darauf hin" both are cues; the longer one is tried first in every JVM
        assertEquals(List.of("darauf hin", "daraufhin", "zurück", "hin"), List.copyOf(new SpeechLexicon().verb("weist").particles()));
        assertSpeech(chain.only("Die WHO weist darauf hin, dass die Beschneidung keinen vollständigen Schutz bieten kann."),
            QuoteType.INDIRECT, "dass die Beschneidung keinen vollständigen Schutz bieten kann", "weist darauf hin",
            "Die WHO", null);
    }

    @Test
    void konjunktivClauseAfterASpeechVerb() {
        assertSpeech(chain.only("Der französische Premierminister erklärte, sein Land plane konkrete Operationen."),
            QuoteType.INDIRECT, "sein Land plane konkrete Operationen", "erklärte", "Der französische Premierminister", null);
    }

    @Test
    void aReportedClauseAfterTheVerbMayOpenLikeARelativeOne() {
        assertSpeech(chain.only("Der Gouverneur des benachbarten Bundesstaates Oaxaca, Gabino Cué, sagte, in der Ortschaft"
                + " seien fünf Personen verletzt worden."), QuoteType.INDIRECT,
            "in der Ortschaft seien fünf Personen verletzt worden", "sagte",
            "Der Gouverneur des benachbarten Bundesstaates Oaxaca, Gabino Cué", null);
        // a frame in the Konjunktiv is reported itself: its clause goes on with the source before
        List<Quote> quotes = chain.quotes("Der Stadtrat Mirko Schellenberg sagte, die Gebühr sei zu hoch. Ursprünglich habe die"
            + " Verwaltung sogar mehr vorgeschlagen, das sei für viele Familien zu viel gewesen.");
        assertSpeech(quotes.get(1), QuoteType.FREE_INDIRECT, "Ursprünglich habe die Verwaltung sogar mehr vorgeschlagen, das"
            + " sei für viele Familien zu viel gewesen.", null, "Der Stadtrat Mirko Schellenberg", null);
    }

    @Test
    void soAsideSplitsTheContent() {
        assertSpeech(chain.only("Die Initiative sei, so der Bericht der NBC, eine Konsequenz der Lage."),
            QuoteType.INDIRECT, "Die Initiative sei eine Konsequenz der Lage", "so", "der Bericht der NBC", null);
    }

    @Test
    void sourceMarkersBeforeTheContent() {
        assertSpeech(chain.only("Laut der Polizei wurden drei Menschen verletzt."),
            QuoteType.INDIRECT, "wurden drei Menschen verletzt", "Laut", "der Polizei", null);
        assertSpeech(chain.only("Dem Bericht zufolge ist die Lage ernst."),
            QuoteType.INDIRECT, "ist die Lage ernst", "zufolge", "Dem Bericht", null);
        assertSpeech(chain.only("Besondere Sorgen machen westlichen Militärbeobachtern zufolge die Verluste."),
            QuoteType.INDIRECT, "Besondere Sorgen machen die Verluste", "zufolge", "westlichen Militärbeobachtern", null);
        assertSpeech(chain.only("Nach Angaben der Feuerwehr brach das Feuer im Keller aus."),
            QuoteType.INDIRECT, "brach das Feuer im Keller aus", "Nach", "Angaben der Feuerwehr", null);
        assertSpeech(chain.only("Nach einer neuen Umfrage des Instituts Gallup sagen 41 Prozent der Amerikaner, dass"
                + " ihr Land zu viel mache."), QuoteType.INDIRECT,
            "sagen 41 Prozent der Amerikaner, dass ihr Land zu viel mache", "Nach", "einer neuen Umfrage des Instituts Gallup", null);
    }

    @Test
    void postposedMarkerAndWebSource() {
        assertSpeech(chain.only("Seiner Meinung nach ist die Reform gescheitert."),
            QuoteType.INDIRECT, "ist die Reform gescheitert", "nach", "Seiner Meinung", null);
        assertSpeech(chain.only("Laut tagesschau.de wurden zwei Gebäude geräumt."),
            QuoteType.INDIRECT, "wurden zwei Gebäude geräumt", "Laut", "tagesschau.de", null);
        assertTrue(chain.quotes("Er rief laut um Hilfe.").isEmpty());
        // followed by a noun phrase of its own, "nach" is a preposition: a direction, not a source
        assertSpeech(chain.only("Andres Granier beklagte, dass zu wenige Soldaten nach Tabasco entsandt worden seien."),
            QuoteType.INDIRECT, "dass zu wenige Soldaten nach Tabasco entsandt worden seien", "beklagte", "Andres Granier", null);
    }

    @Test
    void frameAfterTheContent() {
        assertSpeech(chain.only("Die Lage sei ernst, sagte der Minister."),
            QuoteType.INDIRECT, "Die Lage sei ernst", "sagte", "der Minister", null);
        assertSpeech(chain.only("Die Zahl der Opfer stieg auf zwölf, wie die Polizei mitteilte."),
            QuoteType.INDIRECT, "Die Zahl der Opfer stieg auf zwölf", "wie mitteilte", "die Polizei", null);
    }

    @Test
    void writtenSourceOfHeisstEs() {
        assertSpeech(chain.only("In dem Bericht heißt es, die Regierung plane neue Gesetze."),
            QuoteType.INDIRECT, "die Regierung plane neue Gesetze", "heißt es", "dem Bericht", null);
    }

    @Test
    void konjunktivSentenceCarriesTheSpeakerOn() {
        List<Quote> quotes = chain.quotes("Der Minister sagte, die Lage sei ernst. Die Regierung habe aber einen Plan.");
        assertEquals(2, quotes.size());
        assertSpeech(quotes.get(1), QuoteType.FREE_INDIRECT, "Die Regierung habe aber einen Plan.", null, "Der Minister", null);
    }

    @Test
    void demnachRefersBackToTheLastSource() {
        List<Quote> quotes = chain.quotes("Laut dem Bericht sei die Offensive festgefahren. Demnach komme das Pentagon"
            + " zu dem Ergebnis, dass der Krieg andauere.");
        assertEquals(2, quotes.size());
        assertSpeech(quotes.get(1), QuoteType.INDIRECT, "komme das Pentagon zu dem Ergebnis, dass der Krieg andauere",
            "Demnach", "dem Bericht", null);
    }

    @Test
    void speechActReportsTheWholeSentence() {
        assertSpeech(chain.only("Die SPD fordert einen gesetzlichen Mindestlohn."),
            QuoteType.REPORTED, "Die SPD fordert einen gesetzlichen Mindestlohn.", null, "Die SPD", null);
    }

    @Test
    void aSpeechActInThePassiveReportsNothing() {
        assertTrue(chain.quotes("Die Anzahl der Geiseln wurde noch nicht offiziell bestätigt.").isEmpty());
        assertSpeech(chain.only("Der Sprecher bestätigte die Anzahl der Geiseln."), QuoteType.REPORTED,
            "Der Sprecher bestätigte die Anzahl der Geiseln.", null, "Der Sprecher", null);
    }

    @Test
    void narrationIsNoSpeech() {
        assertTrue(chain.quotes("Der Zug fuhr um acht Uhr ab. Er hatte zehn Minuten Verspätung.").isEmpty());
        assertTrue(chain.quotes("Das Wetter sei schön gewesen. Wir gingen baden.").isEmpty());
    }
}
