package org.wortlaut.model;

import java.util.List;

/**
 * What the page says about the article, and which part of the page each stretch of text is.
 * Parts the page does not show are null (or empty lists).
 *
 * @param published            ISO 8601 local date-time or date ("2023-11-04T18:33")
 * @param updated              ISO 8601, as {@code published}
 * @param statedReadingMinutes the reading time the page states ("Lesezeit: 2 min")
 * @param language             ISO 639-1 code
 * @param url                  the page's address, when known
 * @param urlSource            where {@code url} came from; null when it is null
 */
public record Article(String section, String headline, String teaser, List<String> authors,
                      String published, String updated, Integer statedReadingMinutes, String language,
                      String url, UrlSource urlSource, List<Zone> zones) {

    public Article {
        authors = List.copyOf(authors);
        zones = List.copyOf(zones);
    }

    /** The kind of the zone that contains {@code offset}, or null between zones. */
    public ZoneKind zoneAt(int offset) {
        int index = Offsets.indexContaining(zones, offset, Zone::start, Zone::end);
        return index < 0 ? null : zones.get(index).kind();
    }
}
