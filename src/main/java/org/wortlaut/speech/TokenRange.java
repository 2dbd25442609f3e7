package org.wortlaut.speech;

/** Tokens {@code from} (inclusive) to {@code to} (exclusive): a quotation with its marks. */
record TokenRange(int from, int to) {
}
