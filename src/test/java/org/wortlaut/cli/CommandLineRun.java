package org.wortlaut.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import org.wortlaut.TestChain;
import org.wortlaut.io.DocumentWriter;
import picocli.CommandLine;

/** One run of the command line with its exit code and what it printed. */
record CommandLineRun(int exitCode, String out, String err) {

    static synchronized CommandLineRun of(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new CommandLineRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    /**
     * {@code annotate ARGS} on the shared test chain, its writer wrapped by {@code seam} (the
     * options' checks and the lock are left out); standard error only.
     */
    static CommandLineRun annotate(UnaryOperator<DocumentWriter> seam, List<String> args) throws IOException {
        AnnotateCommand command = new AnnotateCommand();
        new CommandLine(command).parseArgs(args.toArray(String[]::new));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = command.annotate(args.contains("--plain") ? TestChain::plain : TestChain::page, seam,
            new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandLineRun(code, "", err.toString(StandardCharsets.UTF_8));
    }
}
