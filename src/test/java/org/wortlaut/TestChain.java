package org.wortlaut;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.wortlaut.anatomy.BlockSplitter;
import org.wortlaut.entities.EntityRecognizer;
import org.wortlaut.model.Document;
import org.wortlaut.model.InputInfo;
import org.wortlaut.sentences.SentenceAnnotator;

/** Shared, lazily loaded chains for the tests: the models load once per test run. */
public final class TestChain {

    private static Wortlaut plain;
    private static Wortlaut page;
    private static Wortlaut model;
    private static SentenceAnnotator sentences;

    private TestChain() {
    }

    /** The whole chain for body text. */
    public static synchronized Wortlaut plain() {
        if (plain == null) {
            plain = Wortlaut.builder().plain(true).build();
        }
        return plain;
    }

    /** The whole chain for body text with the project's entity model ({@code --ner model}). */
    public static synchronized Wortlaut model() {
        if (model == null) {
            model = Wortlaut.builder().plain(true).ner(EntityRecognizer.Tagger.MODEL).build();
        }
        return model;
    }

    /** The whole chain for text copied from a page. */
    public static synchronized Wortlaut page() {
        if (page == null) {
            page = Wortlaut.builder().build();
        }
        return page;
    }

    /** Blocks, sentences and tokens only: fast. */
    public static synchronized Document sentences(String text) {
        if (sentences == null) {
            sentences = new SentenceAnnotator();
        }
        Document document = Document.of("test", "test", InputInfo.NONE, text);
        return sentences.annotate(new BlockSplitter(true).annotate(document));
    }

    /** The shared gold data beside the project, when this machine has it. */
    public static Optional<Path> shared(String relative) {
        Path path = Path.of(System.getProperty("wortlaut.shared", "../shared")).resolve(relative);
        return Files.exists(path) ? Optional.of(path) : Optional.empty();
    }
}
