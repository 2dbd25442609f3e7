package org.wortlaut.speech;

import java.util.ArrayList;
import java.util.List;
import org.wortlaut.model.Block;
import org.wortlaut.model.Document;
import org.wortlaut.model.Quote;
import org.wortlaut.model.QuoteType;
import org.wortlaut.model.Role;
import org.wortlaut.model.Span;

/**
 * Finds the direct quotations of a document with their cue, speaker and addressee. Needs the
 * block, sentence and token layers; uses the entity layer, when present, to link speakers. The
 * lexicons are loaded once by the constructor; afterwards the finder holds no mutable state, so
 * one instance may serve many threads.
 */
public final class QuoteFinder {

    private final QuotationScanner scanner = new QuotationScanner();
    private final FrameReader frames;
    private final StatementTest statements = new StatementTest();
    private final SpeakerLinker linker = new SpeakerLinker();

    public QuoteFinder() {
        frames = new FrameReader(new SpeechLexicon());
    }

    public Document annotate(Document document) {
        Tokens tokens = new Tokens(document.tokens());
        List<Found> found = sharedBackwards(tokens, attribute(tokens, located(document, tokens)));
        return document.withQuotes(quotes(document, mergeInterrupted(tokens, found)));
    }

    /** One direct quotation while it is being read: its content spans (tokens) and attribution. */
    private record Found(List<int[]> parts, Attribution attribution) {

        int from() {
            return parts.get(0)[0];
        }

        int to() {
            return parts.get(parts.size() - 1)[1];
        }
    }

    /** Token ranges [from, to) of the quotations, marks included. */
    private List<int[]> located(Document document, Tokens tokens) {
        List<Block> blocks = document.blocks().isEmpty()
            ? List.of(new Block(0, document.text().length())) : document.blocks();
        List<int[]> ranges = new ArrayList<>();
        for (Span span : scanner.scan(document.text(), blocks)) {
            int from = tokens.firstEndingAfter(span.start());
            int to = tokens.firstEndingAfter(span.end() - 1) + 1;
            if (from < tokens.size() && to <= tokens.size() && to > from + 2) {
                ranges.add(new int[] {from, to});
            }
        }
        return ranges;
    }

    private List<Found> attribute(Tokens tokens, List<int[]> ranges) {
        List<Found> found = new ArrayList<>();
        for (int k = 0; k < ranges.size(); k++) {
            int[] range = ranges.get(k);
            int floor = floor(tokens, ranges, k);
            Attribution own = frames.following(tokens, range[1], limit(tokens, ranges, k));
            if (own.isEmpty()) {
                own = frames.leading(tokens, range[0], floor);
            }
            // whether it is a statement at all depends on its own sentence only
            if (statements.isStatement(tokens, range[0], range[1], own)) {
                Found previous = found.isEmpty() ? null : found.get(found.size() - 1);
                found.add(new Found(List.of(range), own.isEmpty() ? borrowed(tokens, previous, range[0], floor) : own));
            }
        }
        return found;
    }

    /**
     * Die „unter Druck stehenden Soldaten“ hätten „Zivilisten getötet“, so Murtha: a frame after
     * the last quotation of a sentence also covers the unattributed ones before it.
     */
    private static List<Found> sharedBackwards(Tokens tokens, List<Found> found) {
        List<Found> shared = new ArrayList<>(found);
        for (int k = shared.size() - 2; k >= 0; k--) {
            Found current = shared.get(k);
            Found next = shared.get(k + 1);
            boolean sameSentence = tokens.sentence(current.to() - 1) == tokens.sentence(next.from());
            if (current.attribution().isEmpty() && next.attribution().follows() && sameSentence) {
                shared.set(k, new Found(current.parts(), next.attribution()));
            }
        }
        return shared;
    }

    /** For a quotation without a frame of its own: the quotation before's, or the sentence before's. */
    private Attribution borrowed(Tokens tokens, Found previous, int from, int floor) {
        return continues(tokens, previous, from) ? previous.attribution() : frames.previousSentence(tokens, from, floor);
    }

    /** Where the frame before quotation {@code k} may begin: after the last quotation not a name. */
    private int floor(Tokens tokens, List<int[]> ranges, int k) {
        for (int j = k - 1; j >= 0; j--) {
            if (!statements.looksLikeName(tokens, ranges.get(j)[0], ranges.get(j)[1])) {
                return ranges.get(j)[1];
            }
        }
        return 0;
    }

    /** Where the frame after quotation {@code k} must end: at the next quotation not a name. */
    private int limit(Tokens tokens, List<int[]> ranges, int k) {
        for (int j = k + 1; j < ranges.size(); j++) {
            if (!statements.looksLikeName(tokens, ranges.get(j)[0], ranges.get(j)[1])) {
                return ranges.get(j)[0];
            }
        }
        return tokens.size();
    }

    /** A frameless quotation right after an attributed one goes on with the same speaker. */
    private static boolean continues(Tokens tokens, Found previous, int from) {
        if (previous == null || previous.attribution().isEmpty()) {
            return false;
        }
        int previousSentence = tokens.sentence(previous.to() - 1);
        return tokens.sentence(from) <= previousSentence + 1;
    }

    /**
     * „Wir gehen“, sagte er, „und zwar sofort.“ is one statement in two parts: a quotation that
     * goes on in the same sentence after its frame, or after a bare "und", joins the one before.
     */
    private static List<Found> mergeInterrupted(Tokens tokens, List<Found> found) {
        List<Found> merged = new ArrayList<>();
        for (Found next : found) {
            Found previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (previous != null && interrupts(tokens, previous, next)) {
                List<int[]> parts = new ArrayList<>(previous.parts());
                parts.addAll(next.parts());
                merged.set(merged.size() - 1, new Found(parts, previous.attribution()));
            } else {
                merged.add(next);
            }
        }
        return merged;
    }

    private static boolean interrupts(Tokens tokens, Found previous, Found next) {
        int gapStart = previous.to();
        int gapEnd = next.from();
        if (gapEnd <= gapStart || tokens.sentence(gapStart) != tokens.sentence(gapEnd)) {
            return false;
        }
        boolean framed = previous.attribution().follows() && tokens.is(gapEnd - 1, ",");
        boolean joined = gapEnd - gapStart == 1 && tokens.is(gapStart, "und")
            && wordCount(tokens, next) >= StatementTest.STATEMENT_WORDS;
        return framed || joined;
    }

    private static int wordCount(Tokens tokens, Found found) {
        int words = 0;
        for (int i = found.from(); i < found.to(); i++) {
            words += tokens.isWord(i) ? 1 : 0;
        }
        return words;
    }

    private List<Quote> quotes(Document document, List<Found> found) {
        Tokens tokens = new Tokens(document.tokens());
        String text = document.text();
        List<Quote> quotes = new ArrayList<>();
        String lastPerson = null;
        for (Found f : found) {
            List<Span> content = f.parts().stream().map(p -> tokens.span(p[0], p[1])).toList();
            Attribution a = f.attribution();
            String entity = linker.link(document, a.speaker(), lastPerson);
            lastPerson = SpeakerLinker.isPerson(document, entity) ? entity : lastPerson;
            quotes.add(new Quote("q" + (quotes.size() + 1), QuoteType.DIRECT, Role.of(text, content),
                Role.of(text, a.cue()), role(text, a.speaker()), role(text, a.addressee()), entity));
        }
        return quotes;
    }

    private static Role role(String text, Span span) {
        return span == null ? null : Role.of(text, span);
    }
}
