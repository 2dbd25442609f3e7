package org.wortlaut.anatomy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineTextTest {

    @Test
    void wordsAreRunsOfTextBetweenAsciiWhiteSpace() {
        assertEquals(3, LineText.words("  Mehr  zum\tThema:  "));
        assertEquals(0, LineText.words(" \t "));
        assertEquals(0, LineText.words(""));
        // a no-break space joins two words; an em space at either end is stripped
        assertEquals(1, LineText.words("10\u00A0Prozent"));
        assertEquals(2, LineText.words("\u2003Von Anna\u2003"));
        assertEquals(2, LineText.words("Foto:\u000Bdpa"));
    }

    @Test
    void keyIsLowerCaseWithoutDecorationAtEitherEnd() {
        assertEquals("anzeige", LineText.key("- Anzeige -"));
        assertEquals("mehr zum thema", LineText.key("Mehr   zum\tThema:"));
        assertEquals("lesen sie auch*", LineText.key("» Lesen Sie auch*"));
        assertEquals("foto: dpa (archiv)", LineText.key("Foto: dpa (Archiv)"));
        assertEquals("", LineText.key(" +++ "));
    }
}
