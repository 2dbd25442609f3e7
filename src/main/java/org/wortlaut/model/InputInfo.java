package org.wortlaut.model;

/**
 * What an input record said about the article besides its text; each part may be null and is
 * kept as the input wrote it.
 *
 * @param source the outlet a database export names ("Süddeutsche Zeitung"), not the file
 */
public record InputInfo(String title, String url, String published, String source) {

    public static final InputInfo NONE = new InputInfo(null, null, null, null);
}
