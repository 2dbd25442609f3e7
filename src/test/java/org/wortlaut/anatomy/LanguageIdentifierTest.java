package org.wortlaut.anatomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {

    private static final LanguageIdentifier LANGUAGES = new LanguageIdentifier();

    /** News paragraphs, one per language, each about as long as a short report's lead. */
    private static final Map<String, String> PARAGRAPHS = Map.ofEntries(
        Map.entry("de", "Die Bundesregierung will den Ausbau der Stromnetze beschleunigen. Wie das Ministerium am "
            + "Montag mitteilte, sollen die Genehmigungsverfahren künftig nur noch halb so lange dauern. Kritik kam "
            + "von den Umweltverbänden, die vor einer Aushöhlung der Beteiligungsrechte warnten."),
        Map.entry("en", "The government wants to speed up the expansion of the power grid. As the ministry announced "
            + "on Monday, approval procedures are to take only half as long in future. Environmental groups, who "
            + "warned that the rights of the public would be hollowed out, were critical of the plan."),
        Map.entry("fr", "Le gouvernement veut accélérer le développement du réseau électrique. Comme le ministère l'a "
            + "annoncé lundi, les procédures d'autorisation ne dureront plus que la moitié du temps. Les associations "
            + "de protection de l'environnement ont critiqué ce projet et mis en garde contre une perte de droits."),
        Map.entry("nl", "De regering wil de uitbreiding van het elektriciteitsnet versnellen. Zoals het ministerie "
            + "maandag meldde, moeten de vergunningsprocedures in de toekomst nog maar half zo lang duren. Er kwam "
            + "kritiek van de milieuorganisaties, die voor een uitholling van de inspraakrechten waarschuwden."),
        Map.entry("es", "El gobierno quiere acelerar la ampliación de la red eléctrica. Según informó el ministerio "
            + "el lunes, los procedimientos de autorización durarán en el futuro solo la mitad del tiempo. Las "
            + "asociaciones ecologistas criticaron el plan y advirtieron de una pérdida de derechos de participación."),
        Map.entry("it", "Il governo vuole accelerare l'ampliamento della rete elettrica. Come ha comunicato lunedì il "
            + "ministero, le procedure di autorizzazione dovranno durare in futuro solo la metà del tempo. Critiche "
            + "sono arrivate dalle associazioni ambientaliste, che hanno messo in guardia contro una perdita di diritti."),
        Map.entry("pt", "O governo quer acelerar a expansão da rede elétrica. Como o ministério anunciou na segunda-feira, "
            + "os processos de autorização vão durar no futuro apenas metade do tempo. As associações ambientais "
            + "criticaram o plano e alertaram para uma perda dos direitos de participação do público."),
        Map.entry("pl", "Rząd chce przyspieszyć rozbudowę sieci energetycznej. Jak poinformowało w poniedziałek "
            + "ministerstwo, procedury zatwierdzania mają w przyszłości trwać tylko o połowę krócej. Krytyka przyszła "
            + "od organizacji ekologicznych, które ostrzegały, że to jest zagrożenie dla praw obywateli i ich udziału."),
        Map.entry("sv", "Regeringen vill påskynda utbyggnaden av elnätet. Som departementet meddelade på måndagen ska "
            + "tillståndsprocesserna i framtiden bara ta hälften så lång tid. Kritik kom från miljöorganisationerna, "
            + "som varnade för att det är en urholkning av rätten att delta och att det inte får ske."),
        Map.entry("da", "Regeringen vil fremskynde udbygningen af elnettet. Som ministeriet meddelte mandag, skal "
            + "godkendelsesprocedurerne i fremtiden kun tage halvt så lang tid. Der kom kritik fra miljøorganisationerne, "
            + "som advarede mod at det er en udhuling af borgernes ret til at blive hørt, og det blev afvist."));

    @Test
    void everyParagraphIsTakenForItsOwnLanguage() {
        PARAGRAPHS.forEach((language, text) -> assertEquals(Optional.of(language), LANGUAGES.identify(text), text));
    }

    @Test
    void tooFewWordsSayNothing() {
        assertEquals(Optional.empty(), LANGUAGES.identify("Mehr zum Thema: Bundestag beschließt Haushalt"));
    }

    @Test
    void wordsOfNoListedLanguageAreUndetermined() {
        String russian = "Правительство хочет ускорить расширение электросетей. Как сообщило министерство в "
            + "понедельник, процедуры согласования в будущем будут длиться вдвое меньше. Критика прозвучала со "
            + "стороны экологических организаций, которые предупредили об ущемлении прав граждан на участие.";
        assertEquals(Optional.of(LanguageIdentifier.UNDETERMINED), LANGUAGES.identify(russian));
    }

    @Test
    void pageLanguageComesFromTheVisibleTextNotTheScripts() {
        String page = "<html><head><script>var the = 'the of and to is that for it on was with as be by at he this "
            + "are from have not or but has his they which';</script></head><body><p>"
            + PARAGRAPHS.get("de") + "</p></body></html>";
        assertEquals(Optional.of("de"), LANGUAGES.identifyPage(page.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void everySampleArticleIsGerman() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                assertEquals(Optional.of("de"), LANGUAGES.identify(Files.readString(file)), file.toString());
            }
        }
    }

    /** Real German pages with menus, footers and ads: how many the check would keep. */
    @Test
    void germanWebPagesOfTheHtmlEvaluationSetAreKept() throws IOException {
        Path pages = Path.of(System.getProperty("wortlaut.shared", "../shared"), "eval/html/pages");
        assumeTrue(Files.isDirectory(pages), "../shared is absent");
        List<Path> files;
        try (Stream<Path> listed = Files.list(pages)) {
            files = listed.sorted().toList();
        }
        int kept = 0;
        for (Path file : files) {
            Optional<String> language = LANGUAGES.identifyPage(Files.readAllBytes(file));
            if (language.map("de"::equals).orElse(true)) {
                kept++;
            } else {
                System.err.println("not taken for German: " + file.getFileName() + " " + language.get());
            }
        }
        System.err.printf("German web pages kept: %d of %d%n", kept, files.size());
        assertTrue(kept >= 0.98 * files.size(), kept + " of " + files.size());
    }
}
