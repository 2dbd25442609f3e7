package org.wortlaut.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wortlaut.model.Span;

/**
 * Reads a CoNLL-U treebank into documents of raw text: the sentences joined by single spaces,
 * with the gold sentence spans and surface-token spans (a multi-word token such as "zum" counts
 * once, as written).
 */
final class ConlluReader {

    /** One document of the treebank with its gold layers. */
    record GoldText(String text, List<Span> sentences, List<Span> tokens) {
    }

    private ConlluReader() {
    }

    /** The treebank as documents: one, or one per {@code # newdoc} when {@code splitDocs}. */
    static List<GoldText> read(Path file, boolean splitDocs) throws IOException {
        List<GoldText> documents = new ArrayList<>();
        Builder current = new Builder();
        String sentenceText = null;
        List<String> forms = new ArrayList<>();
        int multiWordEnd = 0;
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("# newdoc") && splitDocs && !current.isEmpty()) {
                documents.add(current.build());
                current = new Builder();
            } else if (line.startsWith("# text = ")) {
                sentenceText = line.substring("# text = ".length());
            } else if (line.isBlank()) {
                if (sentenceText != null) {
                    current.add(sentenceText, forms);
                }
                sentenceText = null;
                forms = new ArrayList<>();
                multiWordEnd = 0;
            } else if (!line.startsWith("#")) {
                multiWordEnd = addSurfaceForm(line.split("\t"), forms, multiWordEnd);
            }
        }
        if (sentenceText != null) {
            current.add(sentenceText, forms);
        }
        if (!current.isEmpty()) {
            documents.add(current.build());
        }
        return documents;
    }

    private static int addSurfaceForm(String[] columns, List<String> forms, int multiWordEnd) {
        String id = columns[0];
        if (id.contains("-")) {
            forms.add(columns[1]);
            return Integer.parseInt(id.substring(id.indexOf('-') + 1));
        }
        if (id.contains(".")) {
            return multiWordEnd;
        }
        if (Integer.parseInt(id) > multiWordEnd) {
            forms.add(columns[1]);
        }
        return multiWordEnd;
    }

    private static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final List<Span> sentences = new ArrayList<>();
        private final List<Span> tokens = new ArrayList<>();

        void add(String sentence, List<String> forms) {
            if (text.length() > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(sentence);
            sentences.add(new Span(start, text.length()));
            int cursor = start;
            for (String form : forms) {
                int at = text.indexOf(form, cursor);
                if (at < 0) {
                    continue;
                }
                tokens.add(new Span(at, at + form.length()));
                cursor = at + form.length();
            }
        }

        boolean isEmpty() {
            return sentences.isEmpty();
        }

        GoldText build() {
            return new GoldText(text.toString(), sentences, tokens);
        }
    }
}
