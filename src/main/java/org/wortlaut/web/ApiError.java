package org.wortlaut.web;

/**
 * A request the server answers with an error: the HTTP status, a short code the page translates,
 * and a message for people. Never a stack trace.
 */
final class ApiError extends Exception {

    final int status;
    final String code;

    ApiError(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static ApiError badInput(String message) {
        return new ApiError(400, "bad-input", message);
    }
}
