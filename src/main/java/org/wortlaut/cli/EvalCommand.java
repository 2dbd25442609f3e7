package org.wortlaut.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.concurrent.Callable;
import org.wortlaut.Wortlaut;
import org.wortlaut.entities.EntityRecognizer;
import org.wortlaut.eval.ClaimsEvaluation;
import org.wortlaut.eval.FiguresEvaluation;
import org.wortlaut.model.Document;
import org.wortlaut.eval.HtmlEvaluation;
import org.wortlaut.eval.NerEvaluation;
import org.wortlaut.eval.SentenceEvaluation;
import org.wortlaut.eval.SpeechEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code wortlaut eval STAGE}: scores one stage against gold data and prints the figures. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Scores a stage against gold data: precision, recall, F1.",
    subcommands = {EvalCommand.Sentences.class, EvalCommand.Entities.class, EvalCommand.Figures.class,
        EvalCommand.Html.class, EvalCommand.Speech.class, EvalCommand.Claims.class})
final class EvalCommand {

    /** Fails the run (exit 1) when a figure falls below the floor a CI gate sets. */
    static int gate(String what, double value, Double floor) {
        if (floor != null && value < floor) {
            System.err.printf(Locale.ROOT, "wortlaut: %s %.4f is below the floor %.4f%n", what, value, floor);
            return UserErrorHandler.FAILED;
        }
        return 0;
    }

    static Path existing(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UsageError("no such gold file: " + file);
        }
        return file;
    }

    @Command(name = "sentences", mixinStandardHelpOptions = true,
        description = "Sentence boundaries and tokens against a CoNLL-U treebank; its sentences joined by single spaces are the raw text.")
    static final class Sentences implements Callable<Integer> {
        @Option(names = "--gold", required = true, paramLabel = "FILE.conllu")
        Path gold;

        @Option(names = "--docs", description = "Start a new document at each '# newdoc'.")
        boolean docs;

        @Option(names = "--min-f1", paramLabel = "F1", description = "Exit 1 when the sentence F1 is below this.")
        Double minF1;

        @Override
        public Integer call() throws IOException {
            SentenceEvaluation.Report report = SentenceEvaluation.evaluate(existing(gold), docs);
            report.print(System.out);
            return gate("sentence F1", report.sentences().f1(), minF1);
        }
    }

    @Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Named entities against GermEval 2014 TSV (outer level, strict): CoreNLP's German model "
            + "alone, then the chain, and their difference.")
    static final class Entities implements Callable<Integer> {
        @Option(names = "--gold", required = true, paramLabel = "FILE.tsv")
        Path gold;

        @Option(names = "--verbose", description = "Also list every miss and false alarm of the chain with its sentence.")
        boolean verbose;

        @Option(names = "--ner", paramLabel = "MODEL", defaultValue = "corenlp",
            description = "The chain's entity model: corenlp (default) or model (the project's own).")
        String ner;

        @Option(names = "--model", paramLabel = "DIR",
            description = "Score the model in DIR (tagger.onnx, tagger-vocabulary.tsv) instead of the shipped one.")
        Path model;

        @Option(names = "--ablation", description = "Also score the chain with each rule left out in turn.")
        boolean ablation;

        @Option(names = "--min-f1", paramLabel = "F1", description = "Exit 1 when the chain's base-type F1 is below this.")
        Double minF1;

        @Override
        public Integer call() throws IOException {
            EntityRecognizer.Tagger tagger = AnnotateCommand.nerTagger(ner);
            if (model != null && !Files.isDirectory(model)) {
                throw new UsageError("no such directory: " + model);
            }
            System.out.println("== CoreNLP German model alone (tokenize,ssplit,mwt,ner)");
            NerEvaluation.Report bare = NerEvaluation.evaluate(existing(gold), EntityRecognizer.bareModel());
            bare.print(System.out, false);
            System.out.println("== Wortlaut (--ner " + ner + (model == null ? "" : ", --model " + model) + ")");
            Wortlaut wortlaut = Wortlaut.builder().plain(true).ner(tagger).build();
            Map<String, Document> chained = new ConcurrentHashMap<>();
            UnaryOperator<Document> chain = document -> chained.computeIfAbsent(document.text(),
                text -> wortlaut.annotate(document));
            Set<EntityRecognizer.Rule> defaults = EntityRecognizer.defaultRules(tagger);
            UnaryOperator<Document> scored = model == null ? chain
                : withRecognizer(chain, new EntityRecognizer(tagger, defaults, model));
            NerEvaluation.Report report = NerEvaluation.evaluate(existing(gold), scored);
            report.print(System.out, verbose);
            System.out.println("== Wortlaut minus CoreNLP alone (F1)");
            report.perType().forEach((type, counts) -> System.out.printf(Locale.ROOT, "%-8s %+.4f%n", type,
                counts.f1() - bare.perType().get(type).f1()));
            System.out.printf(Locale.ROOT, "%-8s %+.4f%n", "all", report.f1() - bare.f1());
            if (ablation) {
                System.out.println("== Each rule switched (F1 of base types; change against the chain's rules " + defaults + ")");
                for (EntityRecognizer.Rule rule : EntityRecognizer.Rule.values()) {
                    EnumSet<EntityRecognizer.Rule> rules = EnumSet.noneOf(EntityRecognizer.Rule.class);
                    rules.addAll(defaults);
                    boolean on = rules.contains(rule);
                    if (on) {
                        rules.remove(rule);
                    } else {
                        rules.add(rule);
                    }
                    double f1 = NerEvaluation.evaluate(existing(gold),
                        withRecognizer(chain, new EntityRecognizer(tagger, rules, model))).f1();
                    System.out.printf(Locale.ROOT, "%-8s %-12s %.4f %+.4f%n", on ? "without" : "with", rule, f1,
                        f1 - report.f1());
                }
            }
            return gate("entity F1", report.f1(), minF1);
        }

        /** The chain's document with its entities found again by {@code recognizer}. */
        private static UnaryOperator<Document> withRecognizer(UnaryOperator<Document> chain, EntityRecognizer recognizer) {
            return document -> recognizer.annotate(chain.apply(document));
        }
    }

    @Command(name = "figures", mixinStandardHelpOptions = true,
        description = "Figures against gold mentions: strict and lenient F1, per type, and value accuracy.")
    static final class Figures implements Callable<Integer> {
        @Option(names = "--gold", required = true, paramLabel = "FILE.jsonl", description = "Gold figure mentions.")
        Path gold;

        @Option(names = "--docs", required = true, paramLabel = "DOCS.jsonl", description = "The articles: doc, text.")
        Path docs;

        @Option(names = "--verbose", description = "Also list every miss, false alarm and wrong value.")
        boolean verbose;

        @Option(names = "--min-f1", paramLabel = "F1", description = "Exit 1 when the strict F1 is below this.")
        Double minF1;

        @Option(names = "--min-value-accuracy", paramLabel = "SHARE", description = "Exit 1 when value accuracy is below this.")
        Double minValueAccuracy;

        @Override
        public Integer call() {
            FiguresEvaluation.Report report = FiguresEvaluation.evaluate(existing(gold), existing(docs));
            report.print(System.out, verbose);
            return Math.max(gate("figure strict F1", report.strictF1(), minF1),
                gate("figure value accuracy", report.valueAccuracy(), minValueAccuracy));
        }
    }

    @Command(name = "html", mixinStandardHelpOptions = true,
        description = "Main-text extraction from web pages: strings that must and must not be in the teaser, body and subheadings.")
    static final class Html implements Callable<Integer> {
        @Option(names = "--gold", required = true, paramLabel = "FILE.jsonl", description = "file, url, with, without per page.")
        Path gold;

        @Option(names = "--pages", required = true, paramLabel = "DIR", description = "The saved pages.")
        Path pages;

        @Option(names = "--min-f1", paramLabel = "F1", description = "Exit 1 when the F1 is below this.")
        Double minF1;

        @Override
        public Integer call() throws IOException {
            if (!Files.isDirectory(pages)) {
                throw new UsageError("no such directory: " + pages);
            }
            HtmlEvaluation.Report report = HtmlEvaluation.evaluate(existing(gold), pages);
            report.print(System.out);
            return gate("main-text F1", report.f1(), minF1);
        }
    }

    @Command(name = "speech", mixinStandardHelpOptions = true,
        description = "Reported speech against the German quotation-attribution dataset: quotes paired by content "
            + "overlap, then token precision, recall and F1 of message, cue, speaker and addressee.")
    static final class Speech implements Callable<Integer> {
        @Option(names = "--gold", required = true, paramLabel = "FILE.jsonl")
        Path gold;

        @Option(names = "--verbose", description = "Also list every missed, false and misattributed quote.")
        boolean verbose;

        @Option(names = "--min-message-f1", paramLabel = "F1", description = "Exit 1 when the message F1 is below this.")
        Double minMessageF1;

        @Option(names = "--min-speaker-f1", paramLabel = "F1", description = "Exit 1 when the speaker F1 is below this.")
        Double minSpeakerF1;

        @Option(names = "--min-cue-f1", paramLabel = "F1", description = "Exit 1 when the cue F1 is below this.")
        Double minCueF1;

        @Override
        public Integer call() {
            SpeechEvaluation.Report report = SpeechEvaluation.evaluate(existing(gold));
            report.print(System.out, verbose);
            return Math.max(gate("message F1", report.messageF1(), minMessageF1),
                Math.max(gate("speaker F1", report.speakerF1(), minSpeakerF1), gate("cue F1", report.cueF1(), minCueF1)));
        }
    }

    @Command(name = "claims", mixinStandardHelpOptions = true,
        description = "Claim attribution against the claims gold: source accuracy over all figures, and precision, "
            + "recall and F1 of quoted figures (right only with the right speaker).")
    static final class Claims implements Callable<Integer> {
        @Option(names = "--gold", required = true, paramLabel = "FILE.jsonl", description = "Gold figures with their sources.")
        Path gold;

        @Option(names = "--docs", required = true, paramLabel = "DOCS.jsonl", description = "The articles: doc, text.")
        Path docs;

        @Option(names = "--verbose", description = "Also list every wrong attribution with its sentence.")
        boolean verbose;

        @Option(names = "--min-quoted-f1", paramLabel = "F1", description = "Exit 1 when the quoted-figure F1 is below this.")
        Double minQuotedF1;

        @Option(names = "--min-source-accuracy", paramLabel = "SHARE", description = "Exit 1 when the source accuracy is below this.")
        Double minSourceAccuracy;

        @Override
        public Integer call() {
            ClaimsEvaluation.Report report = ClaimsEvaluation.evaluate(existing(gold), existing(docs));
            report.print(System.out, verbose);
            return Math.max(gate("quoted-figure F1", report.quotedF1(), minQuotedF1),
                gate("claims source accuracy", report.sourceAccuracy(), minSourceAccuracy));
        }
    }
}
