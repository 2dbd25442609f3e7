package org.wortlaut.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads GermEval 2014 NER TSV: per sentence, its tokens joined by single spaces and the outer
 * gold entities with character offsets into that text.
 */
final class GermEvalReader {

    /** A gold entity: its offsets and label as written (PER, LOCderiv, ORGpart, OTH, ...). */
    record GoldEntity(int start, int end, String label) {

        boolean isBaseType() {
            return !label.endsWith("deriv") && !label.endsWith("part");
        }
    }

    record GoldSentence(String text, List<GoldEntity> entities) {
    }

    private GermEvalReader() {
    }

    static List<GoldSentence> read(Path file) throws IOException {
        List<GoldSentence> sentences = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                addSentence(rows, sentences);
                rows = new ArrayList<>();
            } else if (!line.startsWith("#")) {
                rows.add(line.split("\t"));
            }
        }
        addSentence(rows, sentences);
        return sentences;
    }

    private static void addSentence(List<String[]> rows, List<GoldSentence> sentences) {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        List<GoldEntity> entities = new ArrayList<>();
        int entityStart = -1;
        String label = null;
        int previousEnd = 0;
        for (String[] row : rows) {
            if (text.length() > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(row[1]);
            String tag = row[2];
            boolean continues = tag.startsWith("I-") && tag.substring(2).equals(label);
            if (!continues && label != null) {
                entities.add(new GoldEntity(entityStart, previousEnd, label));
                label = null;
            }
            if (tag.startsWith("B-") || (tag.startsWith("I-") && label == null)) {
                entityStart = start;
                label = tag.substring(2);
            }
            previousEnd = text.length();
        }
        if (label != null) {
            entities.add(new GoldEntity(entityStart, previousEnd, label));
        }
        sentences.add(new GoldSentence(text.toString(), entities));
    }
}
