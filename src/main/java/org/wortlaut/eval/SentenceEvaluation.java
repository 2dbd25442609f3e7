package org.wortlaut.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.wortlaut.anatomy.BlockSplitter;
import org.wortlaut.model.Document;
import org.wortlaut.model.InputInfo;
import org.wortlaut.model.Sentence;
import org.wortlaut.model.Span;
import org.wortlaut.model.Token;
import org.wortlaut.sentences.SentenceAnnotator;

/**
 * Scores sentence boundaries (exact spans) and tokens (exact spans of the treebank's surface
 * tokens) against CoNLL-U gold, beside OpenNLP's bare German models as a baseline.
 */
public final class SentenceEvaluation {

    /** The figures of one run. */
    public record Report(Counts sentences, Counts tokens, Counts openNlpSentences, Counts openNlpTokens,
                         Counts coreNlpSentences, Counts coreNlpTokens, int goldSentences,
                         double splitterSentencesPerSecond) {

        public void print(PrintStream out) {
            out.println("Sentences (exact spans), " + goldSentences + " gold sentences");
            out.println(sentences.row("wortlaut"));
            out.println(openNlpSentences.row("opennlp"));
            out.println(coreNlpSentences.row("corenlp"));
            out.println("Tokens (exact spans of surface tokens)");
            out.println(tokens.row("wortlaut"));
            out.println(openNlpTokens.row("opennlp"));
            out.println(coreNlpTokens.row("corenlp"));
            out.printf(Locale.ROOT, "Splitter alone: %.0f sentences/s%n", splitterSentencesPerSecond);
        }
    }

    private SentenceEvaluation() {
    }

    public static Report evaluate(Path gold, boolean splitDocs) throws IOException {
        List<ConlluReader.GoldText> documents = ConlluReader.read(gold, splitDocs);
        BlockSplitter blocks = new BlockSplitter(true);
        SentenceAnnotator annotator = new SentenceAnnotator();
        OpenNlpBaseline openNlp = new OpenNlpBaseline();
        CoreNlpBaseline coreNlp = new CoreNlpBaseline();
        Counts sentences = Counts.ZERO;
        Counts tokens = Counts.ZERO;
        Counts openNlpSentences = Counts.ZERO;
        Counts openNlpTokens = Counts.ZERO;
        Counts coreNlpSentences = Counts.ZERO;
        Counts coreNlpTokens = Counts.ZERO;
        int goldSentences = 0;
        long nanos = 0;
        int predictedSentences = 0;
        for (ConlluReader.GoldText doc : documents) {
            long start = System.nanoTime();
            Document annotated = annotator.annotate(blocks.annotate(Document.of("gold", "gold", InputInfo.NONE, doc.text())));
            nanos += System.nanoTime() - start;
            predictedSentences += annotated.sentences().size();
            goldSentences += doc.sentences().size();
            sentences = sentences.plus(SpanScore.exact(doc.sentences(), annotated.sentences().stream().map(Sentence::span).toList()));
            tokens = tokens.plus(SpanScore.exact(doc.tokens(), annotated.tokens().stream().map(SentenceEvaluation::span).toList()));
            openNlpSentences = openNlpSentences.plus(SpanScore.exact(doc.sentences(), openNlp.sentences(doc.text())));
            openNlpTokens = openNlpTokens.plus(SpanScore.exact(doc.tokens(), openNlp.tokens(doc.text())));
            CoreNlpBaseline.Result core = coreNlp.annotate(doc.text());
            coreNlpSentences = coreNlpSentences.plus(SpanScore.exact(doc.sentences(), core.sentences()));
            coreNlpTokens = coreNlpTokens.plus(SpanScore.exact(doc.tokens(), core.tokens()));
        }
        return new Report(sentences, tokens, openNlpSentences, openNlpTokens, coreNlpSentences, coreNlpTokens,
            goldSentences, predictedSentences / (nanos / 1e9));
    }

    private static Span span(Token token) {
        return new Span(token.start(), token.end());
    }

    /** OpenNLP's German sentence and token models on their own. */
    private static final class OpenNlpBaseline {
        private final SentenceDetectorME sentenceDetector;
        private final TokenizerME tokenizer;

        OpenNlpBaseline() throws IOException {
            try (InputStream sentences = resource("/opennlp-de-ud-gsd-sentence-1.3-2.5.4.bin");
                 InputStream tokens = resource("/opennlp-de-ud-gsd-tokens-1.3-2.5.4.bin")) {
                sentenceDetector = new SentenceDetectorME(new SentenceModel(sentences));
                tokenizer = new TokenizerME(new TokenizerModel(tokens));
            }
        }

        List<Span> sentences(String text) {
            return convert(sentenceDetector.sentPosDetect(text), 0);
        }

        List<Span> tokens(String text) {
            List<Span> tokens = new ArrayList<>();
            for (Span sentence : sentences(text)) {
                tokens.addAll(convert(tokenizer.tokenizePos(sentence.of(text)), sentence.start()));
            }
            return tokens;
        }

        private static List<Span> convert(opennlp.tools.util.Span[] spans, int offset) {
            return Arrays.stream(spans).map(s -> new Span(offset + s.getStart(), offset + s.getEnd())).toList();
        }

        private static InputStream resource(String name) {
            InputStream in = SentenceEvaluation.class.getResourceAsStream(name);
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing OpenNLP model " + name));
            }
            return in;
        }
    }
}
