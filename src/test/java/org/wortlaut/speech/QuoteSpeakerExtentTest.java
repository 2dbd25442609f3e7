package org.wortlaut.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.wortlaut.model.Quote;
import org.wortlaut.model.Role;

/** The whole phrase that names a speaker: places, appositions and genitives belong to it. */
class QuoteSpeakerExtentTest {

    private final QuoteChain chain = new QuoteChain();

    private static String text(Role role) {
        return role == null ? null : role.text();
    }

    private static void assertFrame(Quote quote, String content, String cue, String speaker) {
        assertEquals(content, quote.content().text());
        assertEquals(cue, text(quote.cue()));
        assertEquals(speaker, text(quote.speaker()));
    }

    @Test
    void aPlaceBeforeTheVerbBelongsToTheSpeaker() {
        assertFrame(chain.only("Ein Regierungssprecher in Berlin sagte, man prüfe den Vorfall."),
            "man prüfe den Vorfall", "sagte", "Ein Regierungssprecher in Berlin");
        assertFrame(chain.only("Der Vertreter der Arbeitgeber im Aufsichtsrat der Bundesagentur, Peter Clever, sagte, die Lage sei ernst."),
            "die Lage sei ernst", "sagte", "Der Vertreter der Arbeitgeber im Aufsichtsrat der Bundesagentur, Peter Clever");
    }

    @Test
    void anAppositionAfterASoAsideNamesTheSourceToo() {
        assertFrame(chain.only("Der Angriff sei eine Strafe, so der Sprecher der Bewegung, Ehsanullah Ehsan."),
            "Der Angriff sei eine Strafe", "so", "der Sprecher der Bewegung, Ehsanullah Ehsan");
    }

    @Test
    void vonBeforeTheVerbOpensANameWhenNoSubjectFollows() {
        assertFrame(chain.only("Von der Leyen betonte, die Frauen seien geeignet."),
            "die Frauen seien geeignet", "betonte", "Von der Leyen");
        assertFrame(chain.only("Von der Bühne rief sie, man solle nach Hause gehen."),
            "man solle nach Hause gehen", "rief", "sie");
    }

    @Test
    void aPossessiveGenitiveBelongsToTheSpeaker() {
        assertFrame(chain.only("Wie die Mitarbeiterin seines Büros in New Rochelle, Arminda Thomas, mitteilte, wurde er tot"
                + " aufgefunden."),
            "wurde er tot aufgefunden", "mitteilte", "die Mitarbeiterin seines Büros in New Rochelle, Arminda Thomas");
        assertFrame(chain.only("Nach Angaben seines Vermögensverwalters starb er in seinem Haus."),
            "starb er in seinem Haus", "Nach", "Angaben seines Vermögensverwalters");
    }

    @Test
    void theParticleOfTheVerbEndsTheSpeakerAfterIt() {
        assertFrame(chain.only("Insgesamt spricht die Polizei von weniger Auseinandersetzungen der beiden Lager."),
            "Insgesamt spricht die Polizei von weniger Auseinandersetzungen der beiden Lager.", null, "die Polizei");
        // "aus" is no object's preposition: here it belongs to the speaker, and so it is no particle of the cue
        Quote quote = chain.only("„Es war laut“, sagte eine Urlauberin aus Nordrhein-Westfalen, die am See übernachtete.");
        assertEquals("eine Urlauberin aus Nordrhein-Westfalen", text(quote.speaker()));
        assertEquals("sagte", text(quote.cue()));
    }

    @Test
    void anAppositionAfterTheSpeakerIsNoContent() {
        assertFrame(chain.only("Am Donnerstag sagte General Michael Hagee, Kommandant des Corps, ohne Einzelheiten zu nennen, dass ihn"
                + " die Vorwürfe besorgt hätten."),
            "ohne Einzelheiten zu nennen, dass ihn die Vorwürfe besorgt hätten", "sagte", "General Michael Hagee, Kommandant des Corps");
        // a relative clause after the second comma belongs to the content
        assertFrame(chain.only("Er sagte, die Regierung, die seit Mai im Amt sei, habe versagt."),
            "die Regierung, die seit Mai im Amt sei, habe versagt", "sagte", "Er");
    }

    @Test
    void brandsInLowerCaseTitlesAndQualifiedAdjectivesStayInThePhrase() {
        assertEquals("Die taz", text(chain.only("Die taz vermutet, dass der Zugriff auf diese Daten schon üblich ist.").speaker()));
        assertEquals("Angaben der Presseagenturen dpa und AFP", text(chain.only("Nach Angaben der Presseagenturen dpa und AFP"
            + " umstellten Sicherheitskräfte das Lager.").speaker()));
        assertEquals("einer gestern verbreiteten Erklärung", text(chain.only("In einer gestern verbreiteten Erklärung heißt es:"
            + " „Wir treten zurück.“").speaker()));
        assertEquals("Angaben von n24", text(chain.only("Nach Angaben von n24 sind die Gruppen sehr mobil.").speaker()));
        assertEquals("das Nachrichtenmagazin Der Spiegel in einem Vorabbericht", text(chain.only("Wie das Nachrichtenmagazin Der"
            + " Spiegel in einem Vorabbericht berichtet, soll die Firma Leichen genutzt haben.").speaker()));
    }

    @Test
    void aPartOfAGroupAndAnAgeWrittenSmallNameTheSpeaker() {
        assertEquals("Einer der 13 beteiligten Feuerwehrmänner", text(chain.onlyDirect("Einer der 13 beteiligten Feuerwehrmänner"
            + " sagte: „Ich habe schon viele Hausbrände gesehen.“").speaker()));
        assertFrame(chain.only("Am Montag sagte der 81-jährige in einem Interview mit einem Sender, dass die Maus tot gewesen sei."),
            "dass die Maus tot gewesen sei", "sagte", "der 81-jährige");
        assertFrame(chain.only("Die 64-jährige deutsche Bundeskanzlerin Angela Merkel hat angekündigt, nicht mehr anzutreten."),
            "nicht mehr anzutreten", "hat angekündigt", "Die 64-jährige deutsche Bundeskanzlerin Angela Merkel");
    }

    @Test
    void aSubordinateClauseThatOpensTheSentenceHasItsOwnSubject() {
        assertEquals("Premierminister Jean-Claude Juncker", text(chain.quotes("Während Premierminister Jean-Claude Juncker"
            + " ankündigte, den Vorschlag prüfen zu lassen, stellt sich die Opposition quer.").get(0).speaker()));
        // "Als" opening a sentence is mostly "as": "Als Beispiel nannte …"
        assertEquals("die NASA", text(chain.only("Als Beispiel nannte die NASA die Ausbeutung von Gasen.").speaker()));
    }

    @Test
    void soBeforeAVerbPointsBackAndAnObjectPronounStandsBeforeTheSpeaker() {
        Quote quote = chain.onlyDirect("„Er ist die eiserne Hand in einem eisernen Handschuh“, so charakterisierte ihn der"
            + " Gewerkschaftsfunktionär Bernard Aubin von der CFTC.");
        assertEquals("charakterisierte", text(quote.cue()));
        assertEquals("der Gewerkschaftsfunktionär Bernard Aubin von der CFTC", text(quote.speaker()));
    }

    @Test
    void speakersJoinedBySowieAreOneSpeaker() {
        assertFrame(chain.only("„Ärzte ohne Grenzen“ sowie das Internationale Rote Kreuz kündigten an, die Zahl der Helfer zu"
                + " erhöhen."),
            "die Zahl der Helfer zu erhöhen", "kündigten an", "„Ärzte ohne Grenzen“ sowie das Internationale Rote Kreuz");
    }
}
