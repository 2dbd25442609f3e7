package org.wortlaut.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.wortlaut.eval.SpeechScoring.RoleName;
import org.wortlaut.eval.SpeechScoring.ScoredQuote;
import org.wortlaut.eval.SpeechScoring.Tally;
import org.wortlaut.Wortlaut;
import org.wortlaut.model.Document;
import org.wortlaut.model.InputInfo;
import org.wortlaut.model.Quote;
import org.wortlaut.model.QuoteType;
import org.wortlaut.model.Role;
import org.wortlaut.model.Span;

/**
 * Runs the chain (blocks, sentences, entities, quotes) on every article of a reported-speech
 * gold file (JSON lines in the format of the quotation-attribution dataset) and scores the
 * quotes against the gold annotations, see {@link SpeechScoring}.
 */
public final class SpeechEvaluation {

    /** The gold types in the order the report lists them. */
    static final List<String> TYPES = List.of("Direct", "Indirect", "FreeIndirect", "IndirectFreeIndirect", "Reported");

    private static final Map<RoleName, String> GOLD_ROLES = new EnumMap<>(Map.of(
        RoleName.MESSAGE, "quote", RoleName.CUE, "cue", RoleName.SPEAKER, "speaker",
        RoleName.ADDRESSEE, "addressee"));

    private SpeechEvaluation() {
    }

    /**
     * The quote counts and the token-level counts per role ("message", "cue", ...) of one type:
     * {@code predicted} counts the predictions tallied under it (paired with its gold or unpaired
     * of its type), {@code emitted} the predictions of that type.
     */
    public record TypeFigures(int gold, int predicted, int paired, int emitted, Map<String, Counts> roles) {

        static TypeFigures of(Tally tally) {
            Map<String, Counts> roles = new LinkedHashMap<>();
            for (RoleName name : RoleName.values()) {
                roles.put(name.name().toLowerCase(Locale.ROOT), tally.counts(name));
            }
            return new TypeFigures(tally.gold, tally.predicted, tally.paired, tally.emitted,
                Collections.unmodifiableMap(roles));
        }

        /** The share of the gold quotes that were paired with a prediction. */
        public double quoteRecall() {
            return gold == 0 ? 0 : (double) paired / gold;
        }

        public Counts role(String name) {
            return roles.getOrDefault(name, Counts.ZERO);
        }
    }

    /** The figures of one evaluation: over all quotes and per gold type. */
    public record Report(int documents, TypeFigures overall, Map<String, TypeFigures> byType, List<String> errors) {

        public double messageF1() {
            return overall.role("message").f1();
        }

        public double cueF1() {
            return overall.role("cue").f1();
        }

        public double speakerF1() {
            return overall.role("speaker").f1();
        }

        public double addresseeF1() {
            return overall.role("addressee").f1();
        }

        /** The figures of one gold type ("Direct", "Indirect", ...); all zero when absent. */
        public TypeFigures type(String type) {
            return byType.getOrDefault(type, new TypeFigures(0, 0, 0, 0, Map.of()));
        }

        /** The score tables; with {@code verbose} also every missed, false and misattributed quote. */
        public void print(PrintStream out, boolean verbose) {
            out.printf(Locale.ROOT, "speech: %d documents, %d gold quotes, %d predicted, %d paired%n",
                documents, overall.gold(), overall.predicted(), overall.paired());
            overall.roles().forEach((name, counts) -> out.println(counts.row(name)));
            out.println("per gold type (recall; full rows for the types predicted, where an unpaired"
                + " prediction counts under its own type):");
            for (String type : TYPES) {
                if (byType.containsKey(type)) {
                    printType(out, type, byType.get(type));
                }
            }
            if (verbose) {
                out.println("document\terror type\tspeaker (gold ≠ predicted)\tcue (gold)\tmessage");
                errors.forEach(out::println);
            }
        }

        private static void printType(PrintStream out, String type, TypeFigures figures) {
            out.printf(Locale.ROOT, "%-20s quotes %4d found %4d (R %.4f)  R message %.4f  cue %.4f  speaker %.4f%n",
                type, figures.gold(), figures.paired(), figures.quoteRecall(), figures.role("message").recall(),
                figures.role("cue").recall(), figures.role("speaker").recall());
            // precision means something only for the types the finder predicts
            if (figures.emitted() > 0) {
                figures.roles().forEach((name, counts) -> out.println("  " + counts.row(name)));
            }
        }
    }

    public static Report evaluate(Path gold) {
        Wortlaut chain = Wortlaut.builder().plain(true).build();
        SpeechScoring scoring = new SpeechScoring();
        ObjectMapper json = new ObjectMapper();
        int documents = 0;
        try (BufferedReader reader = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    JsonNode article = json.readTree(line);
                    Document document = chain.annotate(Document.of(article.get("doc").asText(),
                        gold + ":" + (documents + 1), InputInfo.NONE, article.get("originalText").asText()));
                    JsonNode tokens = article.get("tokens");
                    scoring.score(article.get("doc").asText(), predicted(document, tokens), gold(article),
                        ids -> words(ids, tokens));
                    documents++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + gold, e);
        }
        Map<String, TypeFigures> byType = new LinkedHashMap<>();
        scoring.byType().forEach((type, tally) -> byType.put(type, TypeFigures.of(tally)));
        return new Report(documents, TypeFigures.of(scoring.overall()), Collections.unmodifiableMap(byType),
            List.copyOf(scoring.errors()));
    }

    private static List<ScoredQuote> gold(JsonNode article) {
        List<ScoredQuote> quotes = new ArrayList<>();
        for (JsonNode annotation : article.get("annotations")) {
            Map<RoleName, Set<Integer>> roles = new EnumMap<>(RoleName.class);
            GOLD_ROLES.forEach((name, field) -> {
                Set<Integer> ids = new HashSet<>();
                annotation.path(field).path("tokenIds").forEach(id -> ids.add(id.asInt()));
                roles.put(name, ids);
            });
            quotes.add(new ScoredQuote(annotation.get("type").asText(), roles));
        }
        return quotes;
    }

    private static List<ScoredQuote> predicted(Document document, JsonNode goldTokens) {
        List<ScoredQuote> quotes = new ArrayList<>();
        for (Quote quote : document.quotes()) {
            Map<RoleName, Set<Integer>> roles = new EnumMap<>(RoleName.class);
            roles.put(RoleName.MESSAGE, tokenIds(quote.content(), goldTokens));
            roles.put(RoleName.CUE, tokenIds(quote.cue(), goldTokens));
            roles.put(RoleName.SPEAKER, tokenIds(quote.speaker(), goldTokens));
            roles.put(RoleName.ADDRESSEE, tokenIds(quote.addressee(), goldTokens));
            quotes.add(new ScoredQuote(typeName(quote.type()), roles));
        }
        return quotes;
    }

    /** The gold tokens of {@code ids}, in text order, as "[…]". */
    private static String words(Set<Integer> ids, JsonNode goldTokens) {
        StringBuilder text = new StringBuilder("[");
        for (JsonNode token : goldTokens) {
            if (ids.contains(token.get("id").asInt())) {
                text.append(text.length() > 1 ? " " : "").append(token.path("text").asText());
            }
        }
        return text.append(']').toString();
    }

    /** The ids of the gold tokens that a role's spans overlap. */
    private static Set<Integer> tokenIds(Role role, JsonNode goldTokens) {
        Set<Integer> ids = new HashSet<>();
        if (role == null) {
            return ids;
        }
        for (Span span : role.spans()) {
            for (JsonNode token : goldTokens) {
                if (token.get("charBegin").asInt() < span.end() && span.start() < token.get("charEnd").asInt()) {
                    ids.add(token.get("id").asInt());
                }
            }
        }
        return ids;
    }

    private static String typeName(QuoteType type) {
        return switch (type) {
            case DIRECT -> "Direct";
            case INDIRECT -> "Indirect";
            case FREE_INDIRECT -> "FreeIndirect";
            case REPORTED -> "Reported";
        };
    }
}
