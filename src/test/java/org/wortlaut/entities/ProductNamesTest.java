package org.wortlaut.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wortlaut.TestChain;

/** Vehicles, weapons and devices named like people, firms or places, after a noun for their kind. */
class ProductNamesTest {

    private static List<String> entities(String text) {
        return TestChain.plain().annotate("t", text).entities().stream()
            .map(e -> e.text() + "/" + e.type()).toList();
    }

    @Test
    void aNameAfterAVehicleKindIsAProduct() {
        assertEquals(List.of("Scout/MISC"), entities("Auch der Spähwagen Scout soll geliefert werden."));
        assertEquals(List.of("Russland/LOC", "Yak/MISC", "Mi-8/MISC"),
            entities("Russland setzt Trainingsflugzeuge Yak ein, die Armee nutzt auch Hubschrauber Mi-8."));
    }

    @Test
    void aDesignationAfterTheTypeIsAProductWithItsName() {
        assertEquals(List.of("AT-10 Stabber/MISC"),
            entities("Die Kanone kann Lenkwaffen vom Typ AT-10 Stabber verschießen."));
        assertEquals(List.of("Russland/LOC", "Yak-130/MISC"),
            entities("Russland liefert Kampfjets vom Typ Yak-130."));
    }

    @Test
    void aCountryWhoseThingsTheyAreStaysAPlace() {
        assertEquals(List.of("Russlands/LOC"), entities("Die Panzer Russlands rollten weiter."));
    }
}
