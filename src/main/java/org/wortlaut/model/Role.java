package org.wortlaut.model;

import java.util.List;

/**
 * One role of a quotation (content, cue, speaker, addressee). Roles may be discontinuous
 * ("räumte … ein"), so a role is a list of spans; {@code text} joins their texts with a space.
 */
public record Role(String text, List<Span> spans) {

    public Role {
        if (spans.isEmpty()) {
            throw new IllegalArgumentException("a role needs at least one span");
        }
        spans = List.copyOf(spans);
    }

    public static Role of(String documentText, List<Span> spans) {
        List<Span> sorted = spans.stream().sorted().toList();
        String joined = String.join(" ", sorted.stream().map(s -> s.of(documentText)).toList());
        return new Role(joined, sorted);
    }

    public static Role of(String documentText, Span span) {
        return of(documentText, List.of(span));
    }

    public int start() {
        return spans.get(0).start();
    }

    public int end() {
        return spans.get(spans.size() - 1).end();
    }
}
