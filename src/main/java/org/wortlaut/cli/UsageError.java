package org.wortlaut.cli;

/** The command line asks for something that cannot be done; exit code 2, no stack trace. */
final class UsageError extends RuntimeException {

    UsageError(String message) {
        super(message);
    }
}
