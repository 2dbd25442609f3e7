package org.wortlaut.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.wortlaut.anatomy.LanguageIdentifier;
import org.wortlaut.model.InputInfo;

/**
 * A web archive ({@code .warc}, {@code .warc.gz}), read one record at a time: every HTTP response
 * with status 200 and an HTML body whose visible text is German becomes a page, with the
 * record's target URI as its url and the capture date as its {@code published} input field.
 * Everything else is skipped and counted by reason. A record's line is its 1-based number in the
 * file; its id is the record id (the UUID of a {@code urn:uuid:} id), stable across runs.
 */
public final class WarcRecords implements RecordFile {

    /** Why a record is not an article, as the run summary names it. */
    public static final String NOT_A_RESPONSE = "not HTTP responses";
    public static final String NOT_OK = "HTTP status not 200";
    public static final String NOT_HTML = "not HTML";
    public static final String NOT_GERMAN = "not German";

    private static final LanguageIdentifier LANGUAGES = new LanguageIdentifier();
    private static final String GERMAN = "de";
    private final String file;
    private final InputLimits limits;
    private final WarcReader reader;
    private final Map<String, Integer> skipped = new TreeMap<>();
    private int line;
    private boolean broken;

    WarcRecords(Path path, InputLimits limits) throws IOException {
        this.reader = new WarcReader(path);
        this.file = path.toString();
        this.limits = limits;
    }

    /** The next page or failure, or null at the end of the file (or after a record that breaks it). */
    @Override
    public InputItem next() {
        while (!broken) {
            Optional<WarcRecord> record;
            try {
                record = reader.next();
            } catch (IOException | RuntimeException e) {
                broken = true;
                return new InputItem.Failure(null, file, line + 1,
                    "malformed WARC record, the rest of the file is skipped: " + e.getMessage());
            }
            if (record.isEmpty()) {
                return null;
            }
            line++;
            InputItem item = toItem(record.get());
            if (item != null) {
                return item;
            }
        }
        return null;
    }

    /** A page, a failure, or null for a record that is skipped (and counted). */
    private InputItem toItem(WarcRecord record) {
        if (!(record instanceof WarcResponse response) || !response.contentType().base().equals(MediaType.HTTP)) {
            return skip(NOT_A_RESPONSE);
        }
        String id = idOf(record.id());
        try {
            HttpResponse http = response.http();
            if (http.status() != 200) {
                return skip(NOT_OK);
            }
            if (!isHtml(http.contentType())) {
                return skip(NOT_HTML);
            }
            long limit = limits.maxBytes();
            byte[] html = http.bodyDecoded().stream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (html.length > limit) {
                return new InputItem.Failure(id, file, line, limits.tooManyBytes("page", -1));
            }
            if (!LANGUAGES.identifyPage(html).map(GERMAN::equals).orElse(true)) {
                return skip(NOT_GERMAN);
            }
            InputInfo info = new InputInfo(null, response.target(), response.date().toString(), null);
            return new InputItem.Page(id, file + ":" + line, info, html);
        } catch (IOException | RuntimeException e) {
            return new InputItem.Failure(id, file, line, "unreadable HTTP response: " + e.getMessage());
        }
    }

    private static boolean isHtml(MediaType type) {
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    private static String idOf(URI recordId) {
        String id = recordId.toString();
        return id.startsWith("urn:uuid:") ? id.substring("urn:uuid:".length()) : id;
    }

    private InputItem skip(String reason) {
        skipped.merge(reason, 1, Integer::sum);
        return null;
    }

    /** How many records were skipped, by reason, so far. */
    public Map<String, Integer> skipped() {
        return skipped;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
