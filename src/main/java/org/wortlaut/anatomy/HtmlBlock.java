package org.wortlaut.anatomy;

/**
 * A paragraph or heading of a web page as read from its elements.
 *
 * @param heading     1 to 6 for a heading h1 to h6, 7 for a short line set wholly in bold, 0 for
 *                    other text
 * @param linkDensity the share of the text inside links
 */
record HtmlBlock(String text, int heading, double linkDensity) {
}
