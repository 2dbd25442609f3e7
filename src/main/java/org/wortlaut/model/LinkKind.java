package org.wortlaut.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How the source of a statement was found, so a reader of the claims can see why: named where
 * it speaks ("sagte Lindqvist"), through a pronoun ("sagte sie"), a description ("der
 * 48-Jährige", "die Behörde"), a possessive ("seinen Angaben zufolge", "nach eigenen Angaben"),
 * named in the sentence after the statement ("Das teilte die Bundesagentur mit."), or carried on
 * from the statement before (a Konjunktiv sentence without a cue of its own, "Demnach …").
 */
public enum LinkKind {
    DIRECT, PRONOUN, DESCRIPTION, POSSESSIVE, BACKWARD, CARRIED;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
