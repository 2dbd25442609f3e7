package org.wortlaut.speech;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wortlaut.model.Block;
import org.wortlaut.model.Document;
import org.wortlaut.model.Entity;
import org.wortlaut.model.EntityType;
import org.wortlaut.model.LinkKind;
import org.wortlaut.model.Offsets;
import org.wortlaut.model.Quote;
import org.wortlaut.model.Role;
import org.wortlaut.model.Span;
import org.wortlaut.model.ZoneKind;

/**
 * Finds the direct quotations of a document and its reported speech outside quotation marks,
 * each with its cue, speaker and addressee. Needs the
 * block, sentence and token layers; uses the entity layer, when present, to link speakers. The
 * lexicons are loaded once by the constructor; afterwards the finder holds no mutable state, so
 * one instance may serve many threads.
 */
public final class QuoteFinder {

    private static final Set<String> SENTENCE_MARKS = Set.of(".", "!", "?", ":", ";");

    private static final Set<String> PLURAL_AUXILIARIES = Set.of("haben", "hatten", "hätten", "sind", "waren", "werden", "wurden");

    private final QuotationScanner scanner = new QuotationScanner();
    private final FrameReader frames;
    private final StatementTest statements = new StatementTest();
    private final SpeakerLinker linker = new SpeakerLinker();
    private final IndirectFinder reported;

    public QuoteFinder() {
        SpeechLexicon lexicon = new SpeechLexicon();
        frames = new FrameReader(lexicon);
        reported = new IndirectFinder(lexicon, frames);
    }

    public Document annotate(Document document) {
        TokenIndex tokens = new TokenIndex(document.tokens());
        List<FoundQuote> found = QuoteSequence.sharedBackwards(tokens, attribute(tokens, located(document, tokens)));
        List<Speech> direct = QuoteSequence.mergeInterrupted(tokens, found).stream().map(Speech::direct).toList();
        return document.withQuotes(quotes(document, tokens, reported.withReported(document, tokens, direct)));
    }

    /** The outermost quotations in the article's own text (not page furniture) as token ranges, marks included. */
    private List<TokenRange> located(Document document, TokenIndex tokens) {
        List<Block> blocks = document.blocks().isEmpty()
            ? List.of(new Block(0, document.text().length())) : document.blocks();
        List<TokenRange> ranges = new ArrayList<>();
        for (Span span : scanner.scan(document.text(), blocks)) {
            ZoneKind zone = document.zoneAt(span.start());
            if (zone != null && !zone.isAnalysed()) {
                continue;
            }
            int from = tokens.firstEndingAfter(span.start());
            int to = tokens.firstEndingAfter(span.end() - 1) + 1;
            if (from < tokens.size() && to <= tokens.size() && to > from + 2) {
                ranges.add(new TokenRange(from, to));
            }
        }
        return ranges;
    }

    /** The statements among the quotations, each with its frame or one it borrows. */
    private List<FoundQuote> attribute(TokenIndex tokens, List<TokenRange> ranges) {
        List<FoundQuote> found = new ArrayList<>();
        for (int k = 0; k < ranges.size(); k++) {
            TokenRange range = ranges.get(k);
            int floor = floor(tokens, ranges, k);
            Attribution own = frames.following(tokens, range.to(), limit(tokens, ranges, k));
            if (own.isEmpty()) {
                own = frames.leading(tokens, range, floor);
            }
            // whether it is a statement at all depends on its own sentence only
            if (statements.isStatement(tokens, range.from(), range.to(), own)) {
                FoundQuote previous = found.isEmpty() ? null : found.get(found.size() - 1);
                found.add(own.isEmpty() ? borrowed(tokens, previous, range, floor) : new FoundQuote(range, own, false));
            }
        }
        return found;
    }

    /** A quotation without a frame of its own: it goes on with the quotation before's, or takes the sentence before's. */
    private FoundQuote borrowed(TokenIndex tokens, FoundQuote previous, TokenRange range, int floor) {
        return QuoteSequence.continues(tokens, previous, range.from())
            ? new FoundQuote(range, previous.attribution(), true)
            : new FoundQuote(range, frames.previousSentence(tokens, range.from(), floor), false);
    }

    /** Where the frame before quotation {@code k} may begin: after the last quotation not a name. */
    private int floor(TokenIndex tokens, List<TokenRange> ranges, int k) {
        for (int j = k - 1; j >= 0; j--) {
            if (!statements.looksLikeName(tokens, ranges.get(j).from(), ranges.get(j).to())) {
                return ranges.get(j).to();
            }
        }
        return 0;
    }

    /** Where the frame after quotation {@code k} must end: at the next quotation not a name. */
    private int limit(TokenIndex tokens, List<TokenRange> ranges, int k) {
        for (int j = k + 1; j < ranges.size(); j++) {
            if (!statements.looksLikeName(tokens, ranges.get(j).from(), ranges.get(j).to())) {
                return ranges.get(j).from();
            }
        }
        return tokens.size();
    }

    private List<Quote> quotes(Document document, TokenIndex tokens, List<Speech> found) {
        String text = document.text();
        List<Quote> quotes = new ArrayList<>();
        Map<Span, SpeakerLinker.Link> linked = new HashMap<>();
        SpeakerLinker.Previous previous = null;
        for (Speech quote : found) {
            List<Span> content = quote.parts().stream().map(p -> tokens.span(p.from(), p.to())).toList();
            Attribution frame = wholeNames(document, tokens, quote.attribution(), content);
            if (isUnsaidHeading(document, content.get(0), frame)) {
                continue;
            }
            // a carried speaker keeps the entity it was given where it spoke first
            SpeakerLinker.Link link = linked.get(frame.speaker());
            if (link == null) {
                link = linker.link(document, frame.speaker(), isPlural(tokens, frame), previous);
                if (frame.speaker() != null) {
                    linked.put(frame.speaker(), link);
                }
            }
            LinkKind kind = frame.speaker() == null ? null
                : quote.found() != LinkKind.DIRECT ? quote.found() : link.kind();
            Entity entity = entity(document, link.entity());
            previous = entity == null ? previous : new SpeakerLinker.Previous(entity, content.get(0).start());
            Role cue = frame.cue().isEmpty() ? null : Role.of(text, frame.cue());
            quotes.add(new Quote("q" + (quotes.size() + 1), quote.type(), Role.of(text, content), cue,
                role(text, frame.speaker()), role(text, frame.addressee()), link.entity(), kind,
                document.zoneAt(content.get(0).start())));
        }
        return quotes;
    }

    /**
     * A headline or subheading quotes only a speaker it names itself, with a speech verb or as a
     * person or organisation before a colon ("Lindqvist: „Wir sparen“"); a quoted phrase in a
     * heading without one ("Haushalt: „Die Zeit der Krisen ist vorbei“") is a title or a teaser.
     */
    private static boolean isUnsaidHeading(Document document, Span content, Attribution frame) {
        ZoneKind zone = document.zoneAt(content.start());
        if (zone != ZoneKind.HEADLINE && zone != ZoneKind.SUBHEADING) {
            return false;
        }
        Span speaker = frame.speaker();
        boolean named = speaker != null && document.blocks().stream()
            .anyMatch(b -> b.start() <= content.start() && content.start() < b.end()
                && b.start() <= speaker.start() && speaker.end() <= b.end());
        boolean speaks = frame.hasCue() || document.entities().stream()
            .anyMatch(e -> speaker != null && speaker.contains(e.span()) && e.type() != EntityType.LOC && e.type() != EntityType.MISC);
        return !(named && speaks);
    }

    /**
     * "Ärzte ohne Grenzen", "Thomas de Maizière", "die Banca d'Italia": a speaker phrase read
     * without a parser may end inside a name that the entity stage found whole; it then takes the
     * whole name, unless that would reach into the quotation's content or another sentence.
     */
    private static Attribution wholeNames(Document document, TokenIndex tokens, Attribution frame, List<Span> content) {
        Span speaker = frame.speaker();
        if (speaker == null) {
            return frame;
        }
        int start = speaker.start();
        int end = speaker.end();
        int sentence = tokens.sentence(tokens.firstEndingAfter(start));
        List<Entity> entities = document.entities();
        for (int e = Offsets.firstEndingAfter(entities, start, Entity::end); e < entities.size() && entities.get(e).start() < end; e++) {
            Entity entity = entities.get(e);
            if (!withinSentence(tokens, entity, sentence)) {
                continue;
            }
            if (entity.start() < end && end < entity.end()) {
                end = entity.end();
            }
            if (entity.start() < start && start < entity.end()) {
                start = entity.start();
            }
        }
        end = withPlace(document, tokens, end, sentence);
        Span whole = new Span(start, end);
        boolean intoContent = content.stream().anyMatch(whole::overlaps);
        return whole.equals(speaker) || intoContent ? frame : frame.withSpeaker(whole);
    }

    /**
     * "Ein Sprecher der Bundesagentur in Nürnberg", "die Regierung in Lomé": a place name right
     * after the speaker belongs to it; after a person's name it says where the person spoke
     * ("sagte Seibert in Berlin").
     */
    private static int withPlace(Document document, TokenIndex tokens, int end, int sentence) {
        int next = tokens.firstEndingAfter(end);
        if (next + 1 >= tokens.size() || !(tokens.is(next, "in") || tokens.is(next, "im"))) {
            return end;
        }
        int placeStart = tokens.span(next + 1, next + 2).start();
        int place = -1;
        List<Entity> entities = document.entities();
        for (int e = Offsets.firstEndingAfter(entities, end - 1, Entity::end); e < entities.size() && entities.get(e).start() <= placeStart; e++) {
            Entity entity = entities.get(e);
            if (entity.end() == end && entity.type() == EntityType.PER) {
                return end;
            }
            if (entity.start() == placeStart && entity.type() == EntityType.LOC && withinSentence(tokens, entity, sentence)) {
                place = entity.end();
            }
        }
        return place < 0 ? end : place;
    }

    /** Whether the name lies in that sentence and holds no sentence mark ("sagte der Papst.Der Bruder"). */
    private static boolean withinSentence(TokenIndex tokens, Entity entity, int sentence) {
        for (int i = tokens.firstEndingAfter(entity.start()); i < tokens.size() && tokens.span(i, i + 1).start() < entity.end(); i++) {
            if (tokens.sentence(i) != sentence || SENTENCE_MARKS.contains(tokens.text(i))) {
                return false;
            }
        }
        return true;
    }

    /** "sie sagten", "sie haben erklärt": a plural finite verb in the cue. */
    private static boolean isPlural(TokenIndex tokens, Attribution frame) {
        if (frame.cue().isEmpty()) {
            return false;
        }
        int first = tokens.firstEndingAfter(frame.cue().get(0).start());
        String verb = tokens.text(first);
        return PLURAL_AUXILIARIES.contains(verb) || (verb.endsWith("en") && !verb.startsWith("ge"));
    }

    private static Entity entity(Document document, String id) {
        return id == null ? null : document.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }

    private static Role role(String text, Span span) {
        return span == null ? null : Role.of(text, span);
    }
}
