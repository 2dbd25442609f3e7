package org.wortlaut.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wortlaut.TestChain;
import org.wortlaut.model.Document;

/** Mistakes found on real news pages, on the chain with the project's model. */
class RealPageEntitiesTest {

    private static List<String> entities(String text) {
        return TestChain.model().annotate("t", text).entities().stream()
            .map(e -> e.text() + "/" + e.type()).toList();
    }

    @Test
    void trainsAreNoOrganisations() {
        assertEquals(List.of("Paris/LOC"), entities("Mit dem ICE oder dem TGV reisen die Fans nach Paris."));
    }

    @Test
    void vehiclesNamedLikePeopleOrFirmsAreProducts() {
        assertEquals(List.of("Scout/MISC"), entities("Auch der Spähwagen Scout soll geliefert werden."));
        assertEquals(List.of("Russland/LOC", "Yak/MISC"), entities("Russland setzt Trainingsflugzeuge Yak ein."));
    }

    @Test
    void hackersAreNoPeople() {
        assertEquals(List.of(), entities("Die Hacker drangen in das Netz ein, sagten die Ermittler über die Hacker."));
    }

    @Test
    void aGunMakerAndAGroupNamedLikePeopleAreOrganisations() {
        List<String> found = entities("Die Firma Merkel Jagd- und Sportwaffen aus Suhl und die Gruppe Wagner liefern Waffen.");
        assertEquals(List.of("Merkel Jagd- und Sportwaffen/ORG", "Wagner/ORG"),
            found.stream().filter(e -> e.startsWith("Merkel") || e.startsWith("Wagner")).toList());
    }

    @Test
    void aCompoundWithANameIsNoPlace() {
        assertEquals(List.of(), entities("Die Rheinmetall-Daten zeigen ein Plus im Nord- und Südteil des Landes."));
    }

    @Test
    void oneBodyInTwoCasesIsOneGroup() {
        Document document = TestChain.model().annotate("t",
            "Der Bericht des Europäischen Rechnungshofs ist da. Der Europäische Rechnungshof rügt die Kommission.");
        assertEquals(List.of("Europäischer Rechnungshof×2"), document.entityGroups().stream()
            .map(g -> g.canonical() + "×" + g.mentions()).toList());
    }
}
