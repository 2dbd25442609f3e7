package org.wortlaut.anatomy;

import java.util.List;

/**
 * What a web page declares about its article in JSON-LD, Open Graph and meta tags. Absent parts
 * are null or empty.
 *
 * @param articleBody the article text the page declares in JSON-LD, used as a hint where the text is
 * @param address     the address the page gives itself
 */
record PageMetadata(String headline, String description, String section, List<String> authors,
                    String published, String updated, String articleBody, String language, PageAddress address) {

    PageMetadata {
        authors = List.copyOf(authors);
    }
}
