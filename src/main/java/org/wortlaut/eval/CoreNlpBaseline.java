package org.wortlaut.eval;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.wortlaut.model.Span;

/** CoreNLP's German tokenizer and sentence splitter on their own, for comparison. */
final class CoreNlpBaseline {

    record Result(List<Span> sentences, List<Span> tokens) {
    }

    private final StanfordCoreNLP pipeline;

    CoreNlpBaseline() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit");
        props.setProperty("tokenize.language", "de");
        props.setProperty("tokenize.postProcessor",
            "edu.stanford.nlp.international.german.process.GermanTokenizerPostProcessor");
        pipeline = new StanfordCoreNLP(props);
    }

    Result annotate(String text) {
        Annotation annotation = new Annotation(text);
        pipeline.annotate(annotation);
        List<Span> sentences = new ArrayList<>();
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            sentences.add(new Span(sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)));
        }
        List<Span> tokens = new ArrayList<>();
        for (CoreLabel token : annotation.get(CoreAnnotations.TokensAnnotation.class)) {
            tokens.add(new Span(token.beginPosition(), token.endPosition()));
        }
        return new Result(sentences, tokens.stream().distinct().toList());
    }
}
