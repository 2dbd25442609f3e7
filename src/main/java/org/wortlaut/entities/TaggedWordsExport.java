package org.wortlaut.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Writes what the entity model reads besides the words themselves, for training it
 * ({@code training/ner/}): sentences in on stdin, one per line; out on stdout, per sentence a
 * line "# N" (its line number, from 0), then per word its offsets in the line, CoreNLP's tag,
 * the word's cluster and the CRF's probability of each tag (O, PERSON, LOCATION, ORGANIZATION,
 * MISC), tab-separated.
 */
public final class TaggedWordsExport {

    private static final int LINES_PER_BATCH = 500;

    private TaggedWordsExport() {
    }

    public static void main(String[] args) throws IOException {
        CoreNlpTagger tagger = new CoreNlpTagger();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        List<String> batch = new ArrayList<>();
        int first = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            batch.add(line);
            if (batch.size() == LINES_PER_BATCH) {
                write(tagger, batch, first, out);
                first += batch.size();
                batch.clear();
            }
        }
        write(tagger, batch, first, out);
        out.flush();
    }

    private static void write(CoreNlpTagger tagger, List<String> lines, int first, PrintStream out) {
        int[] lineStarts = new int[lines.size()];
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            lineStarts[i] = text.length();
            text.append(lines.get(i).replace('\r', ' ')).append('\n');
        }
        for (List<CoreNlpTagger.TaggedWord> sentence : tagger.taggedSentences(text.toString())) {
            if (sentence.isEmpty()) {
                continue;
            }
            int found = Arrays.binarySearch(lineStarts, sentence.get(0).start());
            int line = found >= 0 ? found : -found - 2;
            out.println("# " + (first + line));
            for (CoreNlpTagger.TaggedWord word : sentence) {
                out.println((word.start() - lineStarts[line]) + "\t" + (word.end() - lineStarts[line]) + "\t"
                    + word.tag() + "\t" + word.cluster() + probabilities(word.tagProbabilities()));
            }
        }
    }

    private static String probabilities(double[] probabilities) {
        StringBuilder columns = new StringBuilder();
        for (double p : probabilities) {
            columns.append('\t').append(String.format(Locale.ROOT, "%.4f", p));
        }
        return columns.toString();
    }
}
