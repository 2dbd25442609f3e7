package org.wortlaut.anatomy;

import java.util.List;

/**
 * What a page's byline, date and reading-time lines say.
 *
 * @param published ISO 8601 local date-time or date, as {@link org.wortlaut.model.Article#published}
 */
record MetaFacts(List<String> authors, String published, String updated, Integer statedMinutes) {

    MetaFacts {
        authors = List.copyOf(authors);
    }
}
