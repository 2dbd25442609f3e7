package org.wortlaut.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoreNlpBaselineRunTest {

    private static final Pattern SUMMARY = Pattern.compile("corenlp: (\\d+) articles, (\\d+) tokens on (\\d+) threads");

    @TempDir
    Path folder;

    /** The articles and tokens one baseline run reports, and its threads. */
    private static int[] run(String... args) throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            CoreNlpBaselineRun.main(args);
        } finally {
            System.setErr(stderr);
        }
        Matcher summary = SUMMARY.matcher(captured.toString(StandardCharsets.UTF_8));
        assertTrue(summary.find(), captured.toString(StandardCharsets.UTF_8));
        return new int[] {Integer.parseInt(summary.group(1)), Integer.parseInt(summary.group(2)),
            Integer.parseInt(summary.group(3))};
    }

    @Test
    void twoThreadsReadEveryArticleAsOneThreadDoes() throws Exception {
        Path articles = folder.resolve("articles.jsonl");
        Files.writeString(articles, """
            {"id": "a", "text": "Angela Merkel reiste nach Paris."}
            {"id": "b", "text": "Die Bundesbank in Frankfurt meldete 2,1 Prozent."}
            {"id": "c", "text": "Der FC Bayern gewann in Dortmund."}
            """);
        int[] one = run(articles.toString());
        int[] two = run("--threads", "2", articles.toString());
        assertEquals(3, one[0]);
        assertEquals(1, one[2]);
        assertEquals(3, two[0]);
        assertEquals(2, two[2]);
        assertEquals(one[1], two[1]);
    }
}
