package org.wortlaut.speech;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.wortlaut.io.Lexicon;

/**
 * The word lists of {@code models/speech/}: speech verbs with their particles, the attribution
 * markers ("so", "laut", "zufolge") and the closed-class words noun phrases are read with.
 * Immutable once loaded, so one instance serves all threads.
 */
final class SpeechLexicon {

    /**
     * Where a marker's source stands: "so der Minister", "dem Minister zufolge", or named in an
     * earlier sentence ("Demnach …").
     */
    enum MarkerSide { AFTER, BEFORE, ALONE }

    enum WordClass { ARTICLE, PRONOUN, PREPOSITION, ADVERB, ADDRESSEE, AUXILIARY }

    /** An attribution marker; when {@code nouns} is not empty it needs one of them after it. */
    record Marker(MarkerSide side, Set<String> nouns) {

        /**
         * Whether the marker attributes, given the next words ("nach den Worten", "nach einer neuen
         * Umfrage"); a compound counts by its last part ("nach Polizeiangaben", "nach NASA-Angaben").
         */
        boolean admits(String... next) {
            return nouns.isEmpty() || Arrays.stream(next).anyMatch(this::isNoun);
        }

        private boolean isNoun(String word) {
            return nouns.stream().anyMatch(noun -> word.endsWith(noun) || word.endsWith(noun.toLowerCase(Locale.ROOT)));
        }
    }

    /** A verb form and what it needs: the particles it takes, whether it is a cue without one. */
    record VerbForm(Set<String> particles, boolean bare, boolean speakerIsObject) {
    }

    private final Map<String, VerbForm> verbs;
    private final Map<String, Marker> markers;
    private final Map<String, WordClass> words;
    private final Set<String> subjunctives = Set.copyOf(Lexicon.entries("speech/subjunctive.txt"));
    private final Set<String> conditionals = Lexicon.rows("speech/subjunctive.txt").stream()
        .filter(row -> row.size() > 1 && row.get(1).equals("II")).map(row -> row.get(0))
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private final Set<String> actVerbs = Set.copyOf(Lexicon.entries("speech/act-verbs.txt"));

    SpeechLexicon() {
        verbs = Map.copyOf(readVerbs());
        Map<String, Marker> readMarkers = new HashMap<>();
        for (List<String> row : Lexicon.rows("speech/markers.txt")) {
            Set<String> nouns = row.size() > 2 ? Set.of(row.get(2).split(" +")) : Set.of();
            readMarkers.put(row.get(0), new Marker(MarkerSide.valueOf(row.get(1).toUpperCase(Locale.ROOT)), nouns));
        }
        markers = Map.copyOf(readMarkers);
        Map<String, WordClass> readWords = new HashMap<>();
        for (List<String> row : Lexicon.rows("speech/words.txt")) {
            readWords.put(row.get(0), WordClass.valueOf(row.get(1).toUpperCase(Locale.ROOT)));
        }
        words = Map.copyOf(readWords);
    }

    private static Map<String, VerbForm> readVerbs() {
        Map<String, Set<String>> particles = new HashMap<>();
        Set<String> bare = new HashSet<>();
        Set<String> objectSpeaker = new HashSet<>();
        for (List<String> row : Lexicon.rows("speech/verbs.txt")) {
            String particle = row.size() > 1 ? row.get(1).strip() : "";
            boolean object = row.size() > 2 && row.get(2).strip().equals("object");
            for (String form : row.get(0).split(" +")) {
                particles.computeIfAbsent(form, f -> new HashSet<>());
                if (particle.isEmpty()) {
                    bare.add(form);
                } else {
                    particles.get(form).add(particle);
                }
                if (object) {
                    objectSpeaker.add(form);
                }
            }
        }
        Map<String, VerbForm> result = new HashMap<>();
        particles.forEach((form, ps) -> result.put(form,
            new VerbForm(longestFirst(ps), bare.contains(form), objectSpeaker.contains(form))));
        return result;
    }

    /**
     * The particles in the order they are tried, longer first ("darauf hin" before "hin"): a
     * fixed order, since {@code Set.copyOf} iterates differently in every JVM and so the cue did.
     */
    private static Set<String> longestFirst(Set<String> particles) {
        List<String> ordered = new ArrayList<>(particles);
        ordered.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return Collections.unmodifiableSet(new LinkedHashSet<>(ordered));
    }

    /** The verb entry of a token as written (verbs are lower case in German), or null. */
    VerbForm verb(String token) {
        return verbs.get(token);
    }

    /** The marker a token is, matched case-insensitively ("Laut" opens a sentence), or null. */
    Marker marker(String token) {
        return markers.get(token.toLowerCase(Locale.ROOT));
    }

    /** The closed class of a token, matched case-insensitively, or null for content words. */
    WordClass wordClass(String token) {
        return words.get(token.toLowerCase(Locale.ROOT));
    }

    /** Whether a token is a Konjunktiv form that marks reported speech ("sei", "habe"). */
    boolean isSubjunctive(String token) {
        return subjunctives.contains(token);
    }

    /** Whether a token is a Konjunktiv II form ("wäre", "würde"), which may also be the author's own supposition. */
    boolean isConditional(String token) {
        return conditionals.contains(token);
    }

    /** Whether a verb form with its speaker reports the whole sentence ("Die SPD fordert …"). */
    boolean isActVerb(String token) {
        return actVerbs.contains(token);
    }

    boolean is(String token, WordClass wordClass) {
        return wordClass(token) == wordClass;
    }
}
