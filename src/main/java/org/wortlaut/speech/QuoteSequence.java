package org.wortlaut.speech;

import java.util.ArrayList;
import java.util.List;

/**
 * What neighbouring quotations share: a frame after the last quotation of a sentence covers the
 * unattributed ones before it, a frameless quotation goes on with the speaker of the one just
 * before, and an interrupted quotation is one statement in two parts. Stateless.
 */
final class QuoteSequence {

    private QuoteSequence() {
    }

    /** A frameless quotation in the sentence after an attributed one (or the same) goes on with its speaker. */
    static boolean continues(TokenIndex tokens, FoundQuote previous, int from) {
        if (previous == null || previous.attribution().isEmpty()) {
            return false;
        }
        return tokens.sentence(from) <= tokens.sentence(previous.to() - 1) + 1;
    }

    /**
     * Die „unter Druck stehenden Soldaten“ hätten „Zivilisten getötet“, so Murtha: a frame after
     * the last quotation of a sentence also covers the unattributed ones before it.
     */
    static List<FoundQuote> sharedBackwards(TokenIndex tokens, List<FoundQuote> found) {
        List<FoundQuote> shared = new ArrayList<>(found);
        for (int k = shared.size() - 2; k >= 0; k--) {
            FoundQuote current = shared.get(k);
            FoundQuote next = shared.get(k + 1);
            boolean sameSentence = tokens.sentence(current.to() - 1) == tokens.sentence(next.from());
            if (current.attribution().isEmpty() && next.attribution().follows() && sameSentence) {
                shared.set(k, current.withAttribution(next.attribution()));
            }
        }
        return shared;
    }

    /**
     * „Wir gehen“, sagte er, „und zwar sofort.“ is one statement in two parts: a quotation that
     * goes on in the same sentence after its frame joins the one before.
     */
    static List<FoundQuote> mergeInterrupted(TokenIndex tokens, List<FoundQuote> found) {
        List<FoundQuote> merged = new ArrayList<>();
        for (FoundQuote next : found) {
            FoundQuote previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (previous != null && interrupts(tokens, previous, next)) {
                merged.set(merged.size() - 1, previous.joinedWith(next));
            } else {
                merged.add(next);
            }
        }
        return merged;
    }

    private static boolean interrupts(TokenIndex tokens, FoundQuote previous, FoundQuote next) {
        int gapStart = previous.to();
        int gapEnd = next.from();
        if (gapEnd <= gapStart || tokens.sentence(gapStart) != tokens.sentence(gapEnd)) {
            return false;
        }
        return previous.attribution().follows() && tokens.is(gapEnd - 1, ",");
    }
}
