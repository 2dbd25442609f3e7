package org.wortlaut.anatomy;

import java.util.Locale;
import org.jsoup.nodes.Element;

/** A page whose elements nest deeper than {@code --max-nesting}: refused before anything walks it. */
public final class PageTooDeepException extends RuntimeException {

    private PageTooDeepException(String message) {
        super(message);
    }

    /** Measures the nesting without recursion, so that the measuring itself cannot overflow the stack. */
    static void check(Element root, int maxNesting) {
        int[] deepest = {0};
        root.traverse((node, depth) -> deepest[0] = Math.max(deepest[0], depth));
        if (deepest[0] > maxNesting) {
            throw new PageTooDeepException(String.format(Locale.ROOT,
                "page nests too deep: %,d levels of elements, the limit is %,d (raise it with --max-nesting)",
                deepest[0], maxNesting));
        }
    }
}
