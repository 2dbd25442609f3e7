package org.wortlaut.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * Turns errors a user can act on (bad arguments, unreadable or unwritable files) into one line on
 * standard error instead of a stack trace.
 */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {

    static final int USAGE = 2;
    static final int FAILED = 1;
    /** The run did not finish; what it wrote is kept for {@code --resume}. */
    static final int INTERRUPTED = 3;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed)
        throws Exception {
        if (e instanceof UsageError) {
            commandLine.getErr().println("wortlaut: " + e.getMessage());
            commandLine.getErr().println(commandLine.getHelp().fullSynopsis().strip());
            return USAGE;
        }
        if (e instanceof IOException || e instanceof UncheckedIOException) {
            commandLine.getErr().println("wortlaut: " + e.getMessage());
            return FAILED;
        }
        throw e;
    }
}
