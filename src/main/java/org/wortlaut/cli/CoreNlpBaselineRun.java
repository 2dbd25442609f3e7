package org.wortlaut.cli;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Locale;
import org.wortlaut.entities.EntityRecognizer;
import org.wortlaut.io.InputItem;
import org.wortlaut.io.InputReader;

/**
 * CoreNLP's bare German NER pipeline over the articles of the given inputs on one thread, in a
 * JVM of its own: the end-to-end baseline that {@code bench} starts beside the chain's
 * {@code annotate} runs. Prints the articles and tokens it saw to standard error.
 */
final class CoreNlpBaselineRun {

    private CoreNlpBaselineRun() {
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        StanfordCoreNLP pipeline = new StanfordCoreNLP(EntityRecognizer.bareProperties());
        int articles = 0;
        long tokens = 0;
        try (InputReader reader = new InputReader(List.of(args), Integer.MAX_VALUE, System.in)) {
            while (reader.hasNext()) {
                if (reader.next() instanceof InputItem.Article article) {
                    Annotation annotation = new Annotation(article.document().text());
                    pipeline.annotate(annotation);
                    tokens += annotation.get(CoreAnnotations.TokensAnnotation.class).size();
                    articles++;
                }
            }
        }
        System.err.printf(Locale.ROOT, "corenlp: %d articles, %d tokens; %.1f s%n", articles, tokens,
            (System.nanoTime() - started) / 1e9);
    }
}
