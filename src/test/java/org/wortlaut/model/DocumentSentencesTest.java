package org.wortlaut.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wortlaut.TestChain;

/** Looking up sentences by character offset. */
class DocumentSentencesTest {

    private final Document document = TestChain.sentences("Es regnet. Auf der Messe war es voll.");

    @Test
    void findsTheSentenceThatHoldsAnOffset() {
        assertEquals(List.of(0, 0, -1, 1), List.of(document.sentenceAt(0), document.sentenceAt(9),
            document.sentenceAt(10), document.sentenceAt(11)));
    }

    @Test
    void knowsWhereSentencesStart() {
        assertEquals(List.of(true, false, true, false), List.of(document.startsSentence(0), document.startsSentence(3),
            document.startsSentence(11), document.startsSentence(15)));
    }
}
