package org.wortlaut.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.wortlaut.model.Span;
import org.wortlaut.speech.SpeechLexicon.VerbForm;

/**
 * A speech verb found in the tokens: the verb, its particle tokens [particleStart, particleEnd)
 * (empty when it has none: "fügte … hinzu", "heißt es") and the auxiliary that carries a
 * participle ("hatte … betont", "erklärt hatte"), or -1.
 */
record Cue(int verb, int particleStart, int particleEnd, int auxiliary, VerbForm form) {

    /** The prepositions of the objects speech verbs take: "sprechen von", "berichten über", "halten für", "warnen vor". */
    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("von", "über", "für", "als", "vor");

    /** The verb alone, without particle or auxiliary. */
    static Cue bare(int verb, VerbForm form) {
        return new Cue(verb, verb + 1, verb + 1, -1, form);
    }

    List<Span> spans(TokenIndex tokens) {
        List<Span> spans = new ArrayList<>();
        if (auxiliary >= 0) {
            spans.add(tokens.span(auxiliary, auxiliary + 1));
        }
        if (particleStart == verb + 1) {
            spans.add(tokens.span(verb, particleEnd));
        } else {
            spans.add(tokens.span(verb, verb + 1));
            if (particleEnd > particleStart) {
                spans.add(tokens.span(particleStart, particleEnd));
            }
        }
        return spans;
    }

    /** The finite verb, where German word order puts the subject before or after. */
    int finite() {
        return auxiliary >= 0 && auxiliary < verb ? auxiliary : verb;
    }

    /** Where the words after the finite verb begin; an adjacent "sich" or "es" is cue. */
    int next() {
        if (auxiliary >= 0 && auxiliary < verb) {
            return auxiliary + 1;
        }
        return particleStart == verb + 1 ? particleEnd : verb + 1;
    }

    /**
     * Where a speaker after the verb must end: before the preposition of the verb's object
     * ("spricht die Polizei von weniger Zusammenstößen", "warnte der Verband vor …"), else at
     * {@code end}; a separable particle stands last and may be a word of the speaker phrase
     * ("sagte eine Urlauberin aus Nordrhein-Westfalen").
     */
    int speakerEnd(TokenIndex tokens, int end) {
        boolean object = particleEnd == particleStart + 1 && OBJECT_PREPOSITIONS.contains(tokens.text(particleStart));
        return object && particleStart > next() && particleStart < end ? particleStart : end;
    }

    /** "heißt es", "hieß es": a text, not a person, is the source. */
    boolean isImpersonal(TokenIndex tokens) {
        return particleEnd == particleStart + 1 && tokens.is(particleStart, "es");
    }

    boolean speakerIsObject() {
        return form.speakerIsObject();
    }

    Cue withAuxiliary(int index) {
        return new Cue(verb, particleStart, particleEnd, index, form);
    }
}
