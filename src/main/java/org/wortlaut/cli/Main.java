package org.wortlaut.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code wortlaut} command: {@code annotate} articles, {@code eval} a stage against gold data. */
@Command(name = "wortlaut", mixinStandardHelpOptions = true, version = "wortlaut 0.1",
    description = "Annotates German news articles: sentences, entities, figures, reported speech, reading time.",
    subcommands = {AnnotateCommand.class, EvalCommand.class, BenchCommand.class, ServeCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code: 0 ok, 1 some input failed, 2 usage error. */
    public static int run(String... args) {
        return new CommandLine(new Main())
            .setExecutionExceptionHandler(new UserErrorHandler())
            .execute(args);
    }
}
