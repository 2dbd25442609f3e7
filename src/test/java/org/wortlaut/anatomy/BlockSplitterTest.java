package org.wortlaut.anatomy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BlockSplitterTest {

    private static List<String> blocks(boolean plain, String text) {
        return new BlockSplitter(plain).split(text).stream().map(b -> text.substring(b.start(), b.end())).toList();
    }

    @Test
    void everyPageLineIsABlock() {
        assertEquals(List.of("Autor", "04.11.2023 18:33", "Lesezeit: 2 min", "Kiews neue Lage", "Der Text beginnt."),
            blocks(false, "Autor\n04.11.2023 18:33\nLesezeit: 2 min\n\nKiews neue Lage\n\nDer Text beginnt.\n"));
    }

    @Test
    void wrappedLinesStayTogether() {
        assertEquals(List.of("Die Regierung hat am Montag in Berlin beschlossen, dass die\nmeisten Mittel gekürzt werden."),
            blocks(false, "Die Regierung hat am Montag in Berlin beschlossen, dass die\nmeisten Mittel gekürzt werden."));
    }

    @Test
    void shortLineBeforeLowerCaseIsStillAHeading() {
        assertEquals(List.of("Mehr zum Thema", "article:fokus_txt"), blocks(false, "Mehr zum Thema\narticle:fokus_txt"));
    }

    @Test
    void plainTextBreaksOnlyAtBlankLines() {
        assertEquals(List.of("Erste Zeile\nzweite Zeile", "Absatz"),
            blocks(true, "Erste Zeile\nzweite Zeile\n\n  Absatz  "));
    }
}
