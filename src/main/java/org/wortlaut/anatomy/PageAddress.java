package org.wortlaut.anatomy;

import org.wortlaut.model.UrlSource;

/** An address a page gives itself, and which of its declarations gave it; both null when none. */
record PageAddress(String url, UrlSource source) {

    static final PageAddress NONE = new PageAddress(null, null);
}
