package org.wortlaut.model;

/**
 * What an input record said about the article besides its text; each part may be null.
 * {@code published} is kept as the input wrote it.
 */
public record InputInfo(String title, String url, String published) {

    public static final InputInfo NONE = new InputInfo(null, null, null);
}
