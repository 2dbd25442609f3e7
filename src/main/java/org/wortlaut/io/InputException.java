package org.wortlaut.io;

/** An input that cannot become an article; the message says why, in terms a user can act on. */
public final class InputException extends Exception {

    public InputException(String message) {
        super(message);
    }
}
