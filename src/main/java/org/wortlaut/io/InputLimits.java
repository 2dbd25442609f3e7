package org.wortlaut.io;

import java.util.Locale;

/**
 * What one article may cost before it is read: the longest text in characters, and the most
 * bytes read for it (a text file, a page, one JSONL line or CSV record, standard input). An
 * input beyond a limit is reported with the limit's name and the option that raises it.
 *
 * @param maxChars longest article text, in characters ({@code --max-chars})
 * @param maxBytes most bytes read for one article ({@code --max-bytes})
 */
public record InputLimits(int maxChars, long maxBytes) {

    public static final int DEFAULT_MAX_CHARS = 1_000_000;
    public static final long DEFAULT_MAX_BYTES = 10_000_000;

    public InputLimits {
        if (maxChars <= 0 || maxBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** The message for an article beyond {@code --max-chars}. */
    public String tooManyChars(String what, long chars) {
        return tooLong(what, chars, "characters", maxChars, "--max-chars");
    }

    /** The message for an input beyond {@code --max-bytes}; -1 bytes: reading stopped at the limit. */
    public String tooManyBytes(String what, long bytes) {
        return tooLong(what, bytes, "bytes", maxBytes, "--max-bytes");
    }

    private static String tooLong(String what, long size, String unit, long limit, String option) {
        String measured = size < 0 ? String.format(Locale.ROOT, "more than %,d", limit) : String.format(Locale.ROOT, "%,d", size);
        return String.format(Locale.ROOT, "%s too long: %s %s, the limit is %,d (raise it with %s)",
            what, measured, unit, limit, option);
    }
}
